// The runtime contract of DESIGN.md, checked on the real entry point: a child process started like
// `npm start`, a real port, a real SQLite file, and a graceful SIGTERM.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exited, type ServerProcess, startServerProcess } from '../helpers/server-process.js';

describe('service entry point', () => {
  let dir: string;
  let server: ServerProcess | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-e2e-'));
  });
  afterEach(() => {
    server?.child.kill('SIGKILL');
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database folder, migrates, serves with auth, and shuts down on SIGTERM', async () => {
    const databasePath = join(dir, 'nested', 'governance.db');
    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN: 'e2e-token' });

    const health = await fetch(`${server.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const unauthenticated = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers { totalCount } }' }),
    });
    expect(unauthenticated.status).toBe(401);

    const created = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer e2e-token' },
      body: JSON.stringify({
        query: 'mutation { createCustomer(input: { name: "Acme", budget: { maxLimit: 10, resetDuration: "1d" } }) { name budget { maxLimit } } }',
      }),
    });
    expect(await created.json()).toEqual({ data: { createCustomer: { name: 'Acme', budget: { maxLimit: 10 } } } });

    const graphiql = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('<html');

    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    server = null;

    const sqlite = new SQLite(databasePath, { readonly: true });
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.prepare('select name from customers').all()).toEqual([{ name: 'Acme' }]);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });

  it('generates and prints an admin token once when ADMIN_TOKEN is unset', async () => {
    const env = { DATABASE_PATH: join(dir, 'g.db'), ADMIN_TOKEN: '' };
    server = await startServerProcess(env);
    const match = /generated admin token \(shown once\): (\S+)/.exec(server.output());
    expect(match).not.toBeNull();
    const token = match![1]!;
    const call = (authorization?: string) =>
      fetch(`${server!.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ query: '{ customers { totalCount } }' }),
      });
    expect((await call()).status).toBe(401);
    expect(await (await call(`Bearer ${token}`)).json()).toEqual({ data: { customers: { totalCount: 0 } } });
    expect(existsSync(join(dir, 'g.db'))).toBe(true);
  });

  it('refuses to start with an ADMIN_TOKEN that has the virtual-key prefix, naming the variable', async () => {
    const start = startServerProcess({ DATABASE_PATH: join(dir, 'g.db'), ADMIN_TOKEN: 'sk-bf-looks-like-a-key' });
    await expect(start).rejects.toThrow(/server exited early \(1\).*ADMIN_TOKEN: must not start with sk-bf-/s);
    expect(existsSync(join(dir, 'g.db'))).toBe(false);
  });
});
