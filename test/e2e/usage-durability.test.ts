// Usage is money: over a real server, concurrent reservations never overshoot a budget, and after a
// kill -9 every acknowledged event is there and resending everything counts each event once.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exited, postGraphQL, type ServerProcess, startServerProcess } from '../helpers/server-process.js';

const TOKEN = 'durability-token';
const RECORD = `mutation ($events: [UsageEventInput!]!) { recordUsage(events: $events) { accepted duplicates } }`;
const CHECK = `mutation ($input: AdmissionInput!) { checkAdmission(input: $input) { allowed decision reservationId } }`;

function seedProviderBudget(databasePath: string, maxLimit: number): string {
  const sqlite = new SQLite(databasePath);
  const id = randomUUID();
  const at = new Date().toISOString();
  sqlite
    .prepare(
      `insert into budgets (id, max_limit, reset_duration, last_reset, created_at, updated_at, provider_id)
       values (?, ?, '1Y', ?, ?, ?, (select id from providers where name = 'openai'))`,
    )
    .run(id, maxLimit, at, at, at);
  sqlite.close();
  return id;
}

function readBudget(databasePath: string, id: string): { current_usage: number; reserved: number } {
  const sqlite = new SQLite(databasePath, { readonly: true });
  try {
    return sqlite.prepare('select current_usage, reserved from budgets where id = ?').get(id) as { current_usage: number; reserved: number };
  } finally {
    sqlite.close();
  }
}

describe('usage durability over a real server', () => {
  let dir: string;
  let databasePath: string;
  let server: ServerProcess | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-usage-'));
    databasePath = join(dir, 'governance.db');
  });
  afterEach(() => {
    server?.child.kill('SIGKILL');
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('admits exactly the reservations that fit when 200 race for a budget edge', async () => {
    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN: TOKEN });
    const budgetId = seedProviderBudget(databasePath, 1);
    const input = { provider: 'openai', model: 'gpt-4o', estimatedCost: 0.01, reserve: true };
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => postGraphQL(server!.baseUrl, TOKEN, CHECK, { input })),
    );
    const decisions = answers.map((a) => (a.data as { checkAdmission: { allowed: boolean; decision: string } }).checkAdmission);
    expect(decisions.filter((d) => d.allowed)).toHaveLength(100);
    expect(decisions.filter((d) => !d.allowed).every((d) => d.decision === 'BUDGET_EXCEEDED')).toBe(true);
    const budget = readBudget(databasePath, budgetId);
    expect(budget.current_usage + budget.reserved).toBeLessThanOrEqual(1);
    expect(budget.reserved).toBe(1);
  });

  it('keeps every acknowledged event after kill -9 and counts resent events once', async () => {
    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN: TOKEN });
    const budgetId = seedProviderBudget(databasePath, 1_000_000);
    const batches = Array.from({ length: 40 }, (_, b) =>
      Array.from({ length: 25 }, (_, e) => ({
        idempotencyKey: `batch-${b}-event-${e}`,
        provider: 'openai',
        model: 'gpt-4o',
        requestType: 'chat_completion',
        inputTokens: 10,
        outputTokens: 5,
        cost: ((b * 25 + e) % 7) * 0.001 + 0.001,
      })),
    );
    const killAfter = 5 + Math.floor(Math.random() * 30);
    let acknowledged = 0;
    for (const events of batches.slice(0, killAfter)) {
      const result = await postGraphQL(server.baseUrl, TOKEN, RECORD, { events });
      expect(result.errors).toBeUndefined();
      acknowledged += events.length;
    }
    // One more batch in flight when the process dies: it may or may not have committed.
    void postGraphQL(server.baseUrl, TOKEN, RECORD, { events: batches[killAfter] }).catch(() => undefined);
    server.child.kill('SIGKILL');
    await exited(server.child);

    const afterCrash = new SQLite(databasePath, { readonly: true });
    const recorded = (afterCrash.prepare('select count(*) as n from usage_events').get() as { n: number }).n;
    afterCrash.close();
    expect(recorded).toBeGreaterThanOrEqual(acknowledged);

    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN: TOKEN });
    let duplicates = 0;
    for (const events of batches) {
      const result = (await postGraphQL(server.baseUrl, TOKEN, RECORD, { events })) as {
        data: { recordUsage: { accepted: number; duplicates: number } };
      };
      duplicates += result.data.recordUsage.duplicates;
    }
    expect(duplicates).toBe(recorded);

    const total = batches.flat().reduce((sum, event) => Math.round((sum + event.cost) * 1e10) / 1e10, 0);
    expect(readBudget(databasePath, budgetId).current_usage).toBe(total);
    const sqlite = new SQLite(databasePath, { readonly: true });
    try {
      expect((sqlite.prepare('select count(*) as n from usage_events').get() as { n: number }).n).toBe(1000);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });
});
