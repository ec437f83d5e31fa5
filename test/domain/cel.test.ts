import { describe, expect, it } from 'vitest';
import { celExpressionError, compileCelExpression, evaluateCelExpression } from '../../src/domain/cel.js';

const request = {
  model: 'gpt-4o',
  provider: 'openai',
  requestType: 'chat_completion',
  headers: { 'X-Tier': 'pro' },
  params: { region: 'eu' },
  virtualKeyId: 'vk-1',
  teamId: 'team-1',
  customerId: null,
};

describe('celExpressionError', () => {
  it.each([
    '',
    '  ',
    'true',
    "model == 'gpt-4o'",
    'provider in ["openai", "azure"] && request_type == "chat_completion"',
    '"x-tier" in headers && headers["x-tier"] == "pro"',
    'params["region"] == "eu" || virtual_key_id == "vk" || team_id != "" || customer_id == "c"',
    'model.startsWith("gpt-")',
    'model.matches("^gpt-4o(-mini)?$")',
    'model.matches(headers["x-model-pattern"])',
    'size(model) < 9223372036854775807 && size(model) > -9223372036854775808',
    '18446744073709551615u > 0u',
  ])('accepts %j', (expression) => {
    expect(celExpressionError(expression)).toBeNull();
  });

  it.each([
    ['model ==', 'Unexpected token: EOF'],
    ['tier == "pro"', 'Unknown variable: tier'],
    ['model + 1', 'no such overload: string + int'],
    ['model', 'expression must return bool, got string'],
    ['model.matches("[")', 'invalid regular expression in matches(): "["'],
    ['provider == "openai" && model.matches("(?i)gpt")', 'invalid regular expression in matches(): "(?i)gpt"'],
    ['size(model) > 9223372036854775808', 'integer literal out of int64 range: 9223372036854775808'],
    ['size(model) > 0x8000000000000000', 'integer literal out of int64 range: 9223372036854775808'],
    ['size(model) > -9223372036854775809', 'integer literal out of int64 range: -9223372036854775809'],
    ['[1, 99999999999999999999].size() > 0', 'integer literal out of int64 range: 99999999999999999999'],
  ])('rejects %j with %j', (expression, detail) => {
    expect(celExpressionError(expression)).toBe(detail);
  });
});

describe('evaluateCelExpression', () => {
  it('treats "" and "true" as always matching', () => {
    expect(evaluateCelExpression('', request)).toBe(true);
    expect(evaluateCelExpression(' true ', request)).toBe(true);
  });

  it('evaluates against the request, with lower-case header names', () => {
    expect(evaluateCelExpression("model == 'gpt-4o' && provider == 'openai'", request)).toBe(true);
    expect(evaluateCelExpression('headers["x-tier"] == "pro"', request)).toBe(true);
    expect(evaluateCelExpression('params["region"] == "eu" && team_id == "team-1"', request)).toBe(true);
    expect(evaluateCelExpression("model == 'gpt-4o-mini'", request)).toBe(false);
  });

  it('reads absent ids as empty strings', () => {
    expect(evaluateCelExpression('customer_id == ""', request)).toBe(true);
    expect(evaluateCelExpression('virtual_key_id == ""', { model: 'm', provider: 'p', requestType: 'embedding' })).toBe(true);
  });

  it('does not match when evaluation fails at run time', () => {
    expect(evaluateCelExpression('headers["missing"] == "x"', request)).toBe(false);
  });

  it('compiles once for many requests', () => {
    const isGpt = compileCelExpression('model.startsWith("gpt")');
    expect(isGpt(request)).toBe(true);
    expect(isGpt({ ...request, model: 'claude-3' })).toBe(false);
  });
});
