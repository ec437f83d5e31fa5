// Converting between Bifrost JSON and GraphQL values, guided by the schema's types: request bodies
// become input objects (snake_case keys mapped, unknown keys dropped), results become snake_case
// JSON. JSON scalars (profile, config, claims, query, patch) pass through untouched in both ways.
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { camelToSnake, snakeToCamel } from './names.js';

type Json = unknown;

/**
 * A request value shaped for an input type; values of the wrong shape are left for GraphQL to reject.
 * Bifrost's decoder cannot tell `null` from absent (spec §3), so null fields are dropped unless
 * `keepNulls` (the one place null means "clear": pricing-override ids, §7.2).
 */
export function toInputValue(value: Json, type: GraphQLInputType, keepNulls = false): Json {
  if (value == null) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item) => toInputValue(item, nullable.ofType, keepNulls)) : value;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object' || Array.isArray(value)) return value;
  const fields = nullable.getFields();
  const result: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = snakeToCamel(key);
    const field = fields[name];
    if (field && (item !== null || keepNulls)) result[name] = toInputValue(item, field.type, keepNulls);
  }
  return result;
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('REST route document has no operation');
  return operation;
}

/** Maps raw variables (request-shaped) onto the operation's declared variable types. */
export function toVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  raw: Record<string, Json>,
  keepNulls = false,
): Record<string, Json> {
  const variables: Record<string, Json> = {};
  for (const definition of operationOf(document).variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (raw[name] === undefined) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    variables[name] = type ? toInputValue(raw[name], type, keepNulls) : raw[name];
  }
  return variables;
}

/** A GraphQL result value as Bifrost JSON: object keys snake_cased, JSON scalars untouched. */
export function toRestValue(value: Json, type: GraphQLOutputType): Json {
  if (value == null) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item) => toRestValue(item, nullable.ofType)) : value;
  }
  const named = getNamedType(nullable);
  if (!isObjectType(named) || typeof value !== 'object') return value;
  const fields = named.getFields();
  const source = value as Record<string, Json>;
  const result: Record<string, Json> = {};
  // for…in rather than Object.entries: no [key, value] pair per property on responses this large.
  for (const key in source) {
    const field = fields[key];
    result[camelToSnake(key)] = field ? toRestValue(source[key], field.type) : source[key];
  }
  return result;
}

/** The whole `data` of an operation as Bifrost JSON. */
export function toRestData(schema: GraphQLSchema, document: DocumentNode, data: Record<string, Json>): Record<string, Json> {
  const root = operationOf(document).operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return toRestValue(data, root!) as Record<string, Json>;
}
