// The REST route table: every Bifrost governance endpoint this service answers.
import type { Route } from '../route.js';
import { customerRoutes } from './customers.js';

// Each row is typed by its own document; the table holds them as the erased Route.
export const restRoutes = [...customerRoutes] as Route[];
