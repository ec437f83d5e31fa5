// CORS: a browser page on another origin may read replies only when CORS_ORIGINS lists its origin,
// on /graphql and the REST routes alike; by default no reply carries a CORS header, so browsers
// refuse every cross-origin read. Real HTTP against a listening server.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

const CONSOLE = 'https://console.example.com';
const DEV = 'http://localhost:5173';
const ATTACKER = 'https://attacker.example';

/** The access-control-* headers of a reply. */
function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

describe('CORS', () => {
  let t: TestApp;
  let base: string;
  afterEach(async () => {
    await t?.close();
  });

  const start = async (corsOrigins?: string[]) => {
    t = await makeTestApp({ app: { corsOrigins } });
    base = `http://127.0.0.1:${await t.app.start(0)}`;
  };

  /** What a browser sends before a cross-origin request with a bearer token (and a JSON body). */
  const preflight = (path: string, origin: string, method: string) =>
    fetch(`${base}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' },
    });

  const graphql = (origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  const rest = (origin: string) =>
    fetch(`${base}/api/governance/customers`, { headers: { origin, authorization: `Bearer ${ADMIN_TOKEN}` } });

  it('by default answers no origin with a CORS header, preflight or request, GraphQL or REST', async () => {
    await start();
    for (const origin of [CONSOLE, ATTACKER]) {
      for (const [path, method] of [['/graphql', 'POST'], ['/api/governance/customers', 'PUT']] as const) {
        expect(corsHeaders(await preflight(path, origin, method)), `${method} ${path}`).toEqual({});
      }
      const query = await graphql(origin);
      expect(query.status).toBe(200);
      expect(corsHeaders(query)).toEqual({});
      const list = await rest(origin);
      expect(list.status).toBe(200);
      expect(corsHeaders(list)).toEqual({});
    }
  });

  it('allows exactly the configured origins, without credentials, and reflects no other', async () => {
    await start([CONSOLE, DEV]);
    for (const origin of [CONSOLE, DEV]) {
      for (const [path, method] of [['/graphql', 'POST'], ['/api/governance/customers', 'PUT']] as const) {
        const allowed = await preflight(path, origin, method);
        expect(allowed.status).toBe(204);
        // No cookie authenticates here, so a page never needs to send credentials.
        expect(corsHeaders(allowed), `${method} ${path}`).toEqual({
          'access-control-allow-origin': origin,
          'access-control-allow-methods': method,
          'access-control-allow-headers': 'authorization, content-type',
        });
      }
      expect(corsHeaders(await graphql(origin))).toEqual({ 'access-control-allow-origin': origin });
      expect(corsHeaders(await rest(origin))).toEqual({ 'access-control-allow-origin': origin });
    }
    for (const origin of [ATTACKER, 'null', `${CONSOLE}.attacker.example`]) {
      expect(corsHeaders(await preflight('/graphql', origin, 'POST')), origin).toEqual({});
      expect(corsHeaders(await preflight('/api/governance/customers', origin, 'PUT')), origin).toEqual({});
      expect(corsHeaders(await graphql(origin)), origin).toEqual({});
      expect(corsHeaders(await rest(origin)), origin).toEqual({});
    }
  });

  it('allows a single configured origin for that origin only', async () => {
    await start([CONSOLE]);
    expect(corsHeaders(await graphql(CONSOLE))).toEqual({ 'access-control-allow-origin': CONSOLE });
    expect(corsHeaders(await graphql(ATTACKER))).toEqual({});
  });
});

describe('CORS_ORIGINS', () => {
  it('is a comma-separated list of exact origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: `${CONSOLE}, ${DEV} ,` }).corsOrigins).toEqual([CONSOLE, DEV]);
    expect(loadConfig({ CORS_ORIGINS: 'http://[::1]:8080' }).corsOrigins).toEqual(['http://[::1]:8080']);
  });

  it.each([
    ['*', 'a wildcard'],
    ['console.example.com', 'no scheme'],
    [`${CONSOLE}/`, 'a path'],
    [`${CONSOLE}/app`, 'a path'],
    ['https://Console.example.com', 'upper case, which no browser sends'],
    ['https://console.example.com:443', 'the default port, which no browser sends'],
    ['ftp://console.example.com', 'neither http nor https'],
    ['null', 'the opaque origin'],
  ])('refuses %s (%s) at start-up, naming the variable and the entry', (entry) => {
    expect(() => loadConfig({ CORS_ORIGINS: `${DEV},${entry}` })).toThrow(
      `invalid environment variable CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin`,
    );
  });
});
