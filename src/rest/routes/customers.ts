// /customers: Bifrost's customer endpoints (spec §2.3).
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';
import { customerJson, withRequiredText } from '../shapes.js';

const ListCustomers = graphql(`
  query RestListCustomers($first: Int, $offset: Int, $search: String) {
    customers(first: $first, offset: $offset, search: $search) {
      totalCount
      edges { node { ...CustomerFields } }
    }
  }
`);

const GetCustomer = graphql(`
  query RestGetCustomer($id: ID!) {
    customer(id: $id) { ...CustomerFields }
  }
`);

const CreateCustomer = graphql(`
  mutation RestCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { ...CustomerFields }
  }
`);

const UpdateCustomer = graphql(`
  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) { ...CustomerFields }
  }
`);

const DeleteCustomer = graphql(`
  mutation RestDeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

export const customerRoutes = [
  route({
    method: 'GET',
    path: '/customers',
    document: ListCustomers,
    variables: (request) => pagingOf(request).variables,
    reply: ({ customers }, request) => {
      const items = customers.edges.flatMap((edge) => (edge ? [customerJson(edge.node)] : []));
      return ok({ customers: items, ...listMeta(pagingOf(request), items.length, customers.total_count) });
    },
  }),
  route({
    method: 'POST',
    path: '/customers',
    document: CreateCustomer,
    variables: ({ body }) => ({ input: withRequiredText(body, 'name') }),
    reply: ({ create_customer }) =>
      ok({ message: 'Customer created successfully', customer: customerJson(create_customer) }),
  }),
  route({
    method: 'GET',
    path: '/customers/{customer_id}',
    document: GetCustomer,
    variables: ({ params }) => ({ id: params.customer_id }),
    reply: ({ customer }) => (customer ? ok({ customer: customerJson(customer) }) : errorReply(404, 'Customer not found')),
  }),
  route({
    method: 'PUT',
    path: '/customers/{customer_id}',
    document: UpdateCustomer,
    variables: ({ params, body }) => ({ id: params.customer_id, input: body }),
    reply: ({ update_customer }) =>
      ok({ message: 'Customer updated successfully', customer: customerJson(update_customer) }),
  }),
  route({
    method: 'DELETE',
    path: '/customers/{customer_id}',
    document: DeleteCustomer,
    variables: ({ params }) => ({ id: params.customer_id }),
    reply: () => messageReply('Customer deleted successfully'),
  }),
];
