// Prices usage events with pricing overrides (spec §5.4): the most specific matching override wins;
// without one the gateway's reported cost stands. Overrides are read once and kept until
// governance changes.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import { overrideCost, type PricingOverride, resolvePricingOverride } from '../domain/pricing-override.js';
import { MAX_USD } from '../domain/number-limits.js';
import { addMoney, bareModel, type UsageEvent } from '../domain/usage.js';
import { pricingOverrideRowToOverride } from '../store/pricing-overrides.js';

export type Pricing = ReturnType<typeof createPricing>;

export function createPricing(statements: SqliteStatements) {
  const selectAll = statements.prepare((_p: Record<string, never>, db) => db.selectFrom('pricing_overrides').selectAll());
  let overrides: PricingOverride[] | null = null;

  return {
    /** The cost to charge for an event of this virtual key (rounded like every money sum). */
    costOf(event: UsageEvent, virtualKeyId: string | null): number {
      overrides ??= selectAll.all({}).map(pricingOverrideRowToOverride);
      if (overrides.length === 0) return event.cost;
      const override = resolvePricingOverride(overrides, {
        model: bareModel(event.model, event.provider),
        requestType: event.requestType,
        virtualKeyId,
        provider: event.provider,
        providerKeyId: event.providerKeyId ?? null,
      });
      if (!override) return event.cost;
      // No more than a gateway may report: overrides stored before prices were bounded may price a
      // request at Infinity, which no budget could hold or show.
      return Math.min(MAX_USD, addMoney(0, overrideCost(override.patch, event)));
    },
    invalidate(): void {
      overrides = null;
    },
  };
}
