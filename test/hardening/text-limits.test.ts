// Input text is capped: names and ids at MAX_LINE_LENGTH characters on one line (no control
// characters, NUL included), prose at MAX_TEXT_LENGTH (line breaks allowed) and secrets at
// MAX_SECRET_LENGTH. Past a cap a request is refused naming the field, on REST and GraphQL alike,
// and changes nothing; the caps themselves are accepted.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, MAX_SECRET_LENGTH, MAX_TEXT_LENGTH } from '../../src/domain/text-limits.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { snapshotDatabase } from '../helpers/fuzz.js';
import { rest } from '../helpers/rest.js';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

const longest = (c = 'n') => c.repeat(MAX_LINE_LENGTH);
const REFUSED_LINES: Array<[string, string]> = [
  [`${longest()}n`, 'must be at most 255 characters'],
  ['n'.repeat(100_000), 'must be at most 255 characters'],
  ['a\u0000b', 'must not contain control characters'],
  ['tab\there', 'must not contain control characters'],
  ['line\nbreak', 'must not contain control characters'],
  ['del\u007f', 'must not contain control characters'],
  ['lone\uD800', 'must be valid Unicode'],
];

interface Case {
  name: string;
  path: string;
  body: (text: string) => Record<string, unknown>;
  param: string;
  /** How messages name the field, when not as `param`. */
  wireName?: string;
}

const target = { provider: 'openai', weight: 1 };
const lineCases: Case[] = [
  { name: 'customer name', path: '/customers', body: (text) => ({ name: text }), param: 'name' },
  { name: 'team name', path: '/teams', body: (text) => ({ name: text }), param: 'name' },
  { name: 'virtual key name', path: '/virtual-keys', body: (text) => ({ name: text }), param: 'name' },
  {
    name: 'allowed model', path: '/virtual-keys',
    body: (text) => ({ name: `k-${text.length}`, provider_configs: [{ provider: 'openai', allowed_models: [text] }] }),
    param: 'provider_configs.0.allowed_models.0',
    wireName: 'allowed_models',
  },
  { name: 'business unit name', path: '/business-units', body: (text) => ({ name: text }), param: 'name' },
  { name: 'business unit id', path: '/business-units', body: (text) => ({ id: text, name: `u-${text.length}` }), param: 'id' },
  { name: 'business unit source_id', path: '/business-units', body: (text) => ({ name: `u-${text.length}`, source_id: text }), param: 'source_id' },
  { name: 'model name', path: '/model-configs', body: (text) => ({ model_name: text }), param: 'model_name' },
  { name: 'routing rule name', path: '/routing-rules', body: (text) => ({ name: text, targets: [target] }), param: 'name' },
  { name: 'routing target model', path: '/routing-rules', body: (text) => ({ name: 'r', targets: [{ ...target, model: text }] }), param: 'targets.0.model', wireName: 'model' },
  {
    name: 'pricing override pattern', path: '/pricing-overrides',
    body: (text) => ({ name: 'o', scope_kind: 'global', match_type: 'exact', pattern: text, request_types: ['chat_completion'] }),
    param: 'pattern',
  },
];

async function expectRefused(path: string, body: unknown, param: string, message: string) {
  const before = snapshotDatabase(t);
  const response = await rest(t, 'POST', path, body);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(400);
  expect(response.body.error.message).toContain(message);
  expect(response.body.error.param).toBe(param);
  expect(snapshotDatabase(t)).toBe(before);
}

describe('names and ids on REST', () => {
  for (const { name, path, body, param, wireName = param } of lineCases) {
    it(`${name}: at most ${MAX_LINE_LENGTH} characters on one line`, async () => {
      for (const [text, message] of REFUSED_LINES) await expectRefused(path, body(text), param, `${wireName} ${message}`);
      const accepted = await rest(t, 'POST', path, body(longest('é')));
      expect(accepted.status, JSON.stringify(accepted.body).slice(0, 300)).toBeLessThan(300);
    });
  }
});

describe('prose on REST', () => {
  it(`descriptions: at most ${MAX_TEXT_LENGTH} characters; line breaks and tabs allowed, other control characters not`, async () => {
    const body = (description: string) => ({ name: `k-${description.length}`, description });
    await expectRefused('/virtual-keys', body('d'.repeat(MAX_TEXT_LENGTH + 1)), 'description', `description must be at most ${MAX_TEXT_LENGTH} characters`);
    await expectRefused('/virtual-keys', body('nul\u0000'), 'description', 'description must not contain control characters other than tabs and line breaks');
    const prose = `${'d'.repeat(MAX_TEXT_LENGTH - 4)}\n\t\r\n`;
    const accepted = await rest(t, 'POST', '/virtual-keys', body(prose));
    expect(accepted.status).toBe(200);
    expect(accepted.body.virtual_key.description).toBe(prose);
  });

  it('CEL expressions: at most MAX_TEXT_LENGTH characters', async () => {
    const body = (cel_expression: string) => ({ name: 'r', targets: [target], cel_expression });
    await expectRefused('/routing-rules', body(`model == "${'m'.repeat(MAX_TEXT_LENGTH)}"`), 'cel_expression', 'cel_expression must be at most');
  });
});

describe('text caps on GraphQL', () => {
  it('answers BAD_USER_INPUT naming the field', async () => {
    const createClient = parse('mutation ($name: String!) { createMcpClient(name: $name) { id } }');
    const client = await t.gql(createClient, { name: 'fs\u0000' });
    expect(client.errors?.[0]?.message).toBe('name must not contain control characters');
    expect(client.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const createKey = parse('mutation ($provider: String!, $input: CreateProviderKeyInput!) { createProviderKey(provider: $provider, input: $input) { keyId } }');
    const secret = await t.gql(createKey, { provider: 'openai', input: { name: 'k', value: { value: 's'.repeat(MAX_SECRET_LENGTH + 1) } } });
    expect(secret.errors?.[0]?.message).toBe(`value must be at most ${MAX_SECRET_LENGTH} characters`);
    expect(secret.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value.value' });
    const longName = await t.gql(createKey, { provider: 'openai', input: { name: `${longest()}k`, value: { value: 'sk-1234567890' } } });
    expect(longName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await t.database.db.selectFrom('mcp_clients').select('id').execute()).toEqual([]);
    expect(await t.database.db.selectFrom('provider_keys').select('id').execute()).toEqual([]);

    const accepted = await t.gql(createKey, { provider: 'openai', input: { name: 'k', value: { value: `-----BEGIN KEY-----\n${'s'.repeat(MAX_SECRET_LENGTH - 40)}\n` } } });
    expect(accepted.errors).toBeUndefined();
  });
});
