// Loads every type module, then builds the schema. Only imports here.
import './types/scalars.js';
import './types/limits.js';
import './types/limit-lists.js';
import './types/customer.js';
import './types/provider.js';
import './types/routing-rule.js';
import './types/pricing-override.js';
import './types/model-config.js';
import './types/provider-governance.js';
import './types/business-unit.js';
import './types/usage.js';
import './types/limit-owners.js';
import './types/usage-subscriptions.js';
import './types/team.js';
import './types/provider-key.js';
import './types/mcp.js';
import './types/provider-config.js';
import './types/virtual-key.js';
import { builder } from './builder.js';

export const schema = builder.toSchema({ sortSchema: true });
