// Test harness: a real SQLite file in a temp folder, migrated; the app with a fixed clock; a typed
// `gql` helper over in-process `fetch`; and a counter of SQL statements (from Kysely's log).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { fixedClock } from '../../src/clock.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { type App, type AppOptions, createApp } from '../../src/server.js';

export const ADMIN_TOKEN = 'test-admin-token';

export interface TestApp {
  app: App;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /** SQL statements run since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Runs a typed document as admin (or with `token`, or none when null) and returns the parsed result. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    token?: string | null,
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  /** Like gql, but fails the test on errors and returns `data`. */
  gqlOk<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
  close(): Promise<void>;
}

export async function makeTestApp(options: { now?: string; app?: Partial<AppOptions> } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'governance-test-'));
  const statements: string[] = [];
  const database = openDatabase({ path: join(dir, 'governance.db'), onQuery: (sql) => statements.push(sql) });
  await migrateToLatest(database.db);
  const clock = fixedClock(options.now ?? '2026-03-17T12:00:00.000Z');
  const app = createApp({ db: database.db, sqlite: database.sqlite, clock, adminToken: ADMIN_TOKEN, ...options.app });
  statements.length = 0;

  const gql: TestApp['gql'] = async (document, variables, token = ADMIN_TOKEN) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as ExecutionResult<never>;
    return { ...body, status: response.status };
  };

  return {
    app,
    database,
    clock,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    gql,
    async gqlOk(document, variables) {
      const result = await gql(document, variables);
      if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    async close() {
      await app.stop();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
