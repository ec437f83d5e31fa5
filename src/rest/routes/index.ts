// The REST route table: every Bifrost governance endpoint this service answers.
import type { Route } from '../route.js';
import { businessUnitRoutes } from './business-units.js';
import { customerRoutes } from './customers.js';
import { limitRoutes } from './limits.js';
import { modelConfigRoutes } from './model-configs.js';
import { pricingOverrideRoutes } from './pricing-overrides.js';
import { providerRoutes } from './providers.js';
import { routingRuleRoutes } from './routing-rules.js';
import { teamRoutes } from './teams.js';
import { usageRoutes } from './usage.js';
import { virtualKeyRoutes } from './virtual-keys.js';

// Each row is typed by its own document; the table holds them as the erased Route.
export const restRoutes = [
  ...customerRoutes,
  ...routingRuleRoutes,
  ...pricingOverrideRoutes,
  ...usageRoutes,
  ...modelConfigRoutes,
  ...providerRoutes,
  ...businessUnitRoutes,
  ...teamRoutes,
  ...virtualKeyRoutes,
  ...limitRoutes,
] as Route[];
