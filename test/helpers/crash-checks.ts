// What a crash-safety run asserts about the database file while no server runs: every acknowledged
// governance write is there exactly once (in one of the states its writes allow, its budgets with
// it), unanswered creates exist at most once and whole, every acknowledged usage event is there
// once, counters equal the sum of the events that committed, and SQLite's integrity check passes.
import SQLite from 'better-sqlite3';
import { addMoney } from '../../src/domain/usage.js';
import type { CrashLedger, EntityKind, EntityVersion, UsageTree } from './crash-workload.js';

const STORED: Record<EntityKind, { table: 'customers' | 'teams' | 'virtual_keys'; owner: string }> = {
  customer: { table: 'customers', owner: 'customer_id' },
  team: { table: 'teams', owner: 'team_id' },
  virtualKey: { table: 'virtual_keys', owner: 'virtual_key_id' },
};

export interface DatabaseFacts {
  violations: string[];
  /** Usage events of the run present in the file. */
  eventsPresent: number;
  /** Unanswered creates that committed anyway. */
  unconfirmedCommitted: number;
}

const sameBudgets = (stored: Record<string, number>, wanted: Record<string, number>) =>
  JSON.stringify(Object.entries(stored).sort()) === JSON.stringify(Object.entries(wanted).sort());

const sumCosts = (costs: number[]) => costs.reduce((sum, cost) => addMoney(sum, cost), 0);
// Sums of whole thousandths are exact in the service's money arithmetic; the margin only absorbs
// a different order of additions.
const sameMoney = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Checks the file at `path` (no server may hold it). With `allEvents`, every event ever generated
 * (acknowledged or not) must be present, as after resending everything.
 */
export function checkDatabase(path: string, ledger: CrashLedger, tree: UsageTree, allEvents = false): DatabaseFacts {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  const violations: string[] = [];
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') violations.push(`integrity_check: ${String(integrity)}`);

    const budgetsOf = (kind: EntityKind, id: string) =>
      Object.fromEntries(
        sqlite
          .prepare<[string], { reset_duration: string; max_limit: number }>(
            `select reset_duration, max_limit from budgets where ${STORED[kind].owner} = ?`,
          )
          .all(id)
          .map((row) => [row.reset_duration, row.max_limit]),
      );
    const rowsNamed = (kind: EntityKind, name: string) =>
      sqlite.prepare<[string], { id: string }>(`select id from ${STORED[kind].table} where name = ?`).all(name);
    const show = (version: EntityVersion) => `${version.name} ${JSON.stringify(version.budgets)}`;

    for (const entity of ledger.entities) {
      const row = sqlite.prepare<[string], { name: string }>(`select name from ${STORED[entity.kind].table} where id = ?`).get(entity.id);
      if (!row) {
        violations.push(`acknowledged ${entity.kind} ${entity.id} (${entity.candidates[0]!.name}) is missing`);
        continue;
      }
      const stored = { name: row.name, budgets: budgetsOf(entity.kind, entity.id) };
      const match = entity.candidates.find((version) => version.name === stored.name && sameBudgets(stored.budgets, version.budgets));
      if (!match) {
        violations.push(`${entity.kind} ${entity.id} is ${show(stored)}, expected one of: ${entity.candidates.map(show).join(' | ')}`);
      } else if (rowsNamed(entity.kind, match.name).length !== 1) {
        violations.push(`${entity.kind} ${match.name} is stored ${rowsNamed(entity.kind, match.name).length} times`);
      }
    }

    let unconfirmedCommitted = 0;
    for (const { kind, version } of ledger.unconfirmedCreates) {
      const rows = rowsNamed(kind, version.name);
      if (rows.length > 1) violations.push(`unanswered create of ${kind} ${version.name} is stored ${rows.length} times`);
      if (rows.length === 0) continue;
      unconfirmedCommitted += 1;
      // A create is one transaction: a row without its budgets would be half a write.
      const budgets = budgetsOf(kind, rows[0]!.id);
      if (!sameBudgets(budgets, version.budgets)) {
        violations.push(`unanswered create of ${kind} ${version.name} committed with budgets ${JSON.stringify(budgets)}`);
      }
    }

    const stored = sqlite
      .prepare<[string], { idempotency_key: string; virtual_key_id: string | null; cost: number; copies: number }>(
        `select idempotency_key, virtual_key_id, cost, count(*) as copies from usage_events
         where idempotency_key like ? group by idempotency_key`,
      )
      .all(`${ledger.runId}-%`);
    const present = new Map(stored.map((row) => [row.idempotency_key, row]));
    for (const row of stored) if (row.copies !== 1) violations.push(`usage event ${row.idempotency_key} is stored ${row.copies} times`);
    let missing = 0;
    for (const batch of ledger.batches.flat()) {
      if (!batch.acknowledged && !allEvents) continue;
      for (const event of batch.events) if (!present.has(event.idempotency_key)) missing += 1;
    }
    if (missing > 0) violations.push(`${missing} ${allEvents ? '' : 'acknowledged '}usage events are missing`);

    const usage = sqlite.prepare<[string], { current_usage: number }>('select current_usage from budgets where id = ?');
    const expectUsage = (label: string, budgetId: string, costs: number[]) => {
      const actual = usage.get(budgetId)?.current_usage;
      const expected = sumCosts(costs);
      if (actual === undefined || !sameMoney(actual, expected)) {
        violations.push(`${label} budget current_usage is ${actual}, the events present sum to ${expected}`);
      }
    };
    for (const key of tree.keys) {
      expectUsage(`usage key ${key.id}`, key.budgetId, stored.filter((row) => row.virtual_key_id === key.id).map((row) => row.cost));
    }
    const allCosts = stored.map((row) => row.cost);
    expectUsage('usage team', tree.teamBudgetId, allCosts);
    expectUsage('usage customer', tree.customerBudgetId, allCosts);
    if (allEvents) {
      const generated = ledger.batches.flat().flatMap((batch) => batch.events.map((event) => event.cost));
      if (!sameMoney(sumCosts(allCosts), sumCosts(generated))) {
        violations.push(`the events present sum to ${sumCosts(allCosts)}, every event sent sums to ${sumCosts(generated)}`);
      }
    }
    return { violations, eventsPresent: stored.length, unconfirmedCommitted };
  } finally {
    sqlite.close();
  }
}
