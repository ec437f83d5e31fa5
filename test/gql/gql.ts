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
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n": typeof types.GetCustomerDocument,
    "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.ListCustomersDocument,
};
const documents: Documents = {
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n": types.GetCustomerDocument,
    "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.ListCustomersDocument,
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
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n"): (typeof documents)["\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;