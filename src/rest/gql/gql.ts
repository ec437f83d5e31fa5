/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.BudgetFieldsFragmentDoc,
    "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.RateLimitFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n": typeof types.RestListCustomersDocument,
    "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": typeof types.RestGetCustomerDocument,
    "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": typeof types.RestCreateCustomerDocument,
    "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": typeof types.RestUpdateCustomerDocument,
    "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.RestDeleteCustomerDocument,
};
const documents: Documents = {
    "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.BudgetFieldsFragmentDoc,
    "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.RateLimitFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n": types.RestListCustomersDocument,
    "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": types.RestGetCustomerDocument,
    "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": types.RestCreateCustomerDocument,
    "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": types.RestUpdateCustomerDocument,
    "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.RestDeleteCustomerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;