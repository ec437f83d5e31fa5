// MCP: McpClient (the named MCP servers) with its list, create and delete; McpConfig (a virtual
// key's access to one client's tools; its virtualKey field is added by virtual-key.ts) and its input.
import { createMcpClientSchema, type McpConfig } from '../../domain/mcp.js';
import { createMcpClient, deleteMcpClient, listMcpClients, mcpClientsByIds } from '../../store/mcp-clients.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';

export const McpClientRef = builder.loadableObject('McpClient', {
  description: 'An MCP server whose tools virtual keys can be granted.',
  load: (ids: number[], ctx) => mcpClientsByIds(ctx.db, ids),
  sort: (client) => client.id,
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    createdAt: t.field({ type: 'DateTime', resolve: (client) => client.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (client) => client.updatedAt }),
  }),
});

export const McpConfigRef = builder.objectRef<McpConfig>('McpConfig').implement({
  description: 'Which tools of one MCP client a virtual key may execute.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    virtualKeyId: t.exposeID('virtualKeyId'),
    mcpClientId: t.exposeInt('mcpClientId'),
    mcpClientName: t.exposeString('mcpClientName'),
    mcpClient: t.field({ type: McpClientRef, resolve: (config) => config.mcpClientId }),
    toolsToExecute: t.exposeStringList('toolsToExecute', { description: '["*"] = every tool, [] = none.' }),
  }),
});

export const McpConfigInputRef = builder.inputType('McpConfigInput', {
  description:
    'Without id: grants the named client (which must exist). ' +
    "With id: replaces that config's tools; its client cannot change.",
  fields: (t) => ({
    id: t.int(),
    mcpClientName: t.string({ required: true }),
    toolsToExecute: t.stringList({ description: '["*"] = every tool, [] or omitted = none, or tool names.' }),
  }),
});

builder.queryFields((t) => ({
  mcpClients: t.field({
    type: [McpClientRef],
    description: 'Every MCP client, sorted by name.',
    resolve: (_root, _args, ctx) => listMcpClients(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  createMcpClient: t.field({
    type: McpClientRef,
    description: 'Adds an MCP client (CONFLICT if the name exists).',
    args: { name: t.arg.string({ required: true }) },
    validate: { schema: createMcpClientSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createMcpClient(db, createMcpClientSchema.parse(args).name, now)),
  }),
  deleteMcpClient: t.int({
    description: 'Deletes the client; virtual keys lose their access to it. Returns the deleted id.',
    args: { id: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteMcpClient(db, args.id)),
  }),
}));
