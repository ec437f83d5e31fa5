// Loads every type module, then builds the schema. Only imports here.
import './types/scalars.js';
import './types/limits.js';
import './types/customer.js';
import './types/provider.js';
import { builder } from './builder.js';

export const schema = builder.toSchema({ sortSchema: true });
