// Custom scalars: RFC 3339 timestamps, free-form JSON objects, and integers beyond Int's 32 bits.
import { GraphQLError, Kind } from 'graphql';
import type { JsonObject } from '../../domain/entities.js';
import { builder } from '../builder.js';

builder.scalarType('DateTime', {
  description: 'An RFC 3339 timestamp in UTC, e.g. 2026-11-27T10:00:00.000Z.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('DateTime must be an RFC 3339 string');
    }
    return new Date(value).toISOString();
  },
});

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

builder.scalarType('JSON', {
  description: 'A free-form JSON object.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (!isJsonObject(value)) throw new GraphQLError('JSON must be an object');
    return value;
  },
  parseLiteral: () => {
    throw new GraphQLError('JSON values must be passed as variables');
  },
});

function toSafeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError('SafeInt must be an integer between -(2^53-1) and 2^53-1');
  }
  return value;
}

builder.scalarType('SafeInt', {
  description: 'An integer within ±(2^53−1): token and request counts exceed 32-bit Int.',
  serialize: toSafeInt,
  parseValue: toSafeInt,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer literal');
    return toSafeInt(Number(ast.value));
  },
});
