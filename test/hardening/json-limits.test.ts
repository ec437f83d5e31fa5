// Free-form JSON inputs are capped at MAX_JSON_DEPTH levels and MAX_JSON_BYTES: past either cap they
// are refused naming the field (REST and GraphQL alike) and nothing changes; the caps themselves are
// accepted. A value that cannot be serialised (stored before the caps) answers a JSON 500, never the
// server adapter's plain-text stack trace.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH } from '../../src/domain/json-limits.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { snapshotDatabase } from '../helpers/fuzz.js';
import { rest } from '../helpers/rest.js';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

/** Objects nested `depth` levels deep, as JSON text (JSON.stringify itself overflows past a few thousand). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
const nested = (depth: number) => JSON.parse(nestedText(depth)) as Record<string, unknown>;
const oversized = () => ({ text: 'x'.repeat(MAX_JSON_BYTES) });

interface Case {
  name: string;
  method: 'POST' | 'PUT';
  path: () => Promise<string>;
  /** The body around the JSON value, which is spliced in as raw text. */
  body: (json: string) => string;
  param: string;
}

const seedRoutingRule = async () => (await rest(t, 'POST', '/routing-rules', { name: 'r', targets: [{ provider: 'openai', weight: 1 }] })).body.rule.id;
const seedTeam = async () => (await rest(t, 'POST', '/teams', { name: 't' })).body.team.id;
const seedUnit = async () => (await rest(t, 'POST', '/business-units', { name: 'u' })).body.id;

const cases: Case[] = [
  ...['profile', 'config', 'claims'].flatMap((field): Case[] => [
    { name: `POST /teams ${field}`, method: 'POST', path: async () => '/teams', body: (json) => `{"name":"t","${field}":${json}}`, param: field },
    { name: `PUT /teams ${field}`, method: 'PUT', path: async () => `/teams/${await seedTeam()}`, body: (json) => `{"${field}":${json}}`, param: field },
    {
      name: `POST /business-units ${field}`, method: 'POST', path: async () => '/business-units',
      body: (json) => `{"name":"u","${field}":${json}}`, param: field,
    },
    {
      name: `PUT /business-units ${field}`, method: 'PUT', path: async () => `/business-units/${await seedUnit()}`,
      body: (json) => `{"${field}":${json}}`, param: field,
    },
  ]),
  {
    name: 'POST /routing-rules query', method: 'POST', path: async () => '/routing-rules',
    body: (json) => `{"name":"r","targets":[{"provider":"openai","weight":1}],"query":${json}}`, param: 'query',
  },
  {
    name: 'PUT /routing-rules query', method: 'PUT', path: async () => `/routing-rules/${await seedRoutingRule()}`,
    body: (json) => `{"query":${json}}`, param: 'query',
  },
  {
    name: 'POST /pricing-overrides patch', method: 'POST', path: async () => '/pricing-overrides',
    body: (json) => `{"name":"o","scope_kind":"global","match_type":"exact","pattern":"gpt-4o","request_types":["chat_completion"],"patch":${json}}`,
    param: 'patch',
  },
];

describe('JSON input caps on REST', () => {
  for (const { name, method, path, body, param } of cases) {
    it(`${name}: refuses ${MAX_JSON_DEPTH + 1} levels and thousands, naming the field`, async () => {
      const target = await path();
      const before = snapshotDatabase(t);
      for (const depth of [MAX_JSON_DEPTH + 1, 5_000]) {
        const response = await rest(t, method, target, body(nestedText(depth)));
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(`${param} must not nest deeper than ${MAX_JSON_DEPTH} levels`);
        expect(response.body.error.param).toBe(param);
      }
      const large = await rest(t, method, target, body(JSON.stringify(oversized())));
      expect(large.status).toBe(400);
      expect(large.body.error.message).toContain(`${param} must be at most ${MAX_JSON_BYTES} bytes of JSON`);
      expect(large.body.error.param).toBe(param);
      expect(snapshotDatabase(t)).toBe(before);
    });
  }

  it(`accepts a profile of exactly ${MAX_JSON_DEPTH} levels`, async () => {
    const response = await rest(t, 'POST', '/teams', { name: 't', profile: nested(MAX_JSON_DEPTH) });
    expect(response.status).toBe(200);
    expect(response.body.team.profile).toEqual(nested(MAX_JSON_DEPTH));
  });
});

describe('JSON input caps on GraphQL', () => {
  const createTeam = parse('mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }');
  const updateUnit = parse('mutation ($id: ID!, $input: UpdateBusinessUnitInput!) { updateBusinessUnit(id: $id, input: $input) { id } }');

  it('answers BAD_USER_INPUT naming input.<field>', async () => {
    const deep = await t.gql(createTeam, { input: { name: 't', claims: nested(MAX_JSON_DEPTH + 1) } });
    expect(deep.errors?.[0]?.message).toBe(`claims must not nest deeper than ${MAX_JSON_DEPTH} levels`);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.claims' });
    const id = await seedUnit();
    const large = await t.gql(updateUnit, { id, input: { config: oversized() } });
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.config' });
    expect((await rest(t, 'GET', '/teams')).body.teams).toEqual([]);
    expect((await rest(t, 'GET', `/business-units/${id}`)).body.config).toBeNull();
  });
});

describe('a stored value that cannot be serialised', () => {
  it('answers REST with the JSON 500 envelope, not a stack trace', async () => {
    const id = await seedTeam();
    // As a team stored before the caps could have it: deep enough to overflow any stack when serialised.
    t.database.sqlite.prepare('update teams set profile = ? where id = ?').run(nestedText(200_000), id);
    for (const path of ['/teams', `/teams/${id}`]) {
      const response = await t.app.fetch(`http://test/api/governance${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toContain('application/json');
      const text = await response.text();
      expect(text).not.toContain('RangeError');
      expect(JSON.parse(text)).toEqual({ error: { message: 'Internal server error' }, is_bifrost_error: false, status_code: 500 });
    }
  });
});
