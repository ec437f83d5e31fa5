import { describe, expect, it } from 'vitest';
import {
  type EnvVar,
  maskSecret,
  mergeSubmittedEnvVar,
  PROVIDER_KEY_EXTRA_FIELDS,
  redactEnvVar,
} from '../../src/domain/provider-key.js';

const literal = (value: string): EnvVar => ({ value, envVar: '', fromEnv: false });

describe('maskSecret', () => {
  it('keeps the first and last 4 characters around 24 stars', () => {
    expect(maskSecret('sk-abcdefghijklmnop-1234')).toBe(`sk-a${'*'.repeat(24)}1234`);
    expect(maskSecret('123456789')).toBe(`1234${'*'.repeat(24)}6789`);
  });

  it('fully masks secrets of 8 characters or fewer, keeping the length', () => {
    expect(maskSecret('12345678')).toBe('********');
    expect(maskSecret('abc')).toBe('***');
    expect(maskSecret('')).toBe('');
  });
});

describe('redactEnvVar', () => {
  it('never shows the value of an environment reference, secret or not', () => {
    const reference = { value: 'resolved-secret-value', envVar: 'env.OPENAI_KEY', fromEnv: true };
    expect(redactEnvVar('value', reference)).toEqual({ value: '', envVar: 'env.OPENAI_KEY', fromEnv: true });
    expect(redactEnvVar('azureEndpoint', reference)).toEqual({ value: '', envVar: 'env.OPENAI_KEY', fromEnv: true });
  });

  it('masks literal secrets and shows non-secret literals as stored', () => {
    expect(redactEnvVar('bedrockSecretKey', literal('aws-secret-0123456789'))).toEqual(literal(`aws-${'*'.repeat(24)}6789`));
    expect(redactEnvVar('bedrockRegion', literal('eu-west-1'))).toEqual(literal('eu-west-1'));
  });
});

describe('secret fields', () => {
  it('are the key value and the five secret extras', () => {
    const fields = ['value', ...PROVIDER_KEY_EXTRA_FIELDS] as const;
    const secret = literal('plain-text-value');
    const masked = fields.filter((field) => redactEnvVar(field, secret).value !== secret.value).sort();
    expect(masked).toEqual([
      'azureClientSecret', 'bedrockAccessKey', 'bedrockSecretKey', 'bedrockSessionToken', 'value', 'vertexAuthCredentials',
    ]);
  });
});

describe('mergeSubmittedEnvVar', () => {
  const stored = literal('sk-live-secret-value');

  it('keeps the stored secret when its redacted form is sent back', () => {
    expect(mergeSubmittedEnvVar('value', stored, redactEnvVar('value', stored))).toBe(stored);
    const reference = { value: 'resolved', envVar: 'env.KEY', fromEnv: true };
    expect(mergeSubmittedEnvVar('value', reference, { value: '', envVar: 'env.KEY', fromEnv: true })).toBe(reference);
  });

  it('takes anything else as the new value', () => {
    expect(mergeSubmittedEnvVar('value', stored, literal('sk-new-secret-value'))).toEqual(literal('sk-new-secret-value'));
    expect(mergeSubmittedEnvVar('value', null, literal('x'))).toEqual(literal('x'));
    const switched = { value: '', envVar: 'env.OTHER', fromEnv: true };
    expect(mergeSubmittedEnvVar('value', stored, switched)).toEqual(switched);
  });
});
