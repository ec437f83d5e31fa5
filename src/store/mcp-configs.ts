// MCP configs of virtual keys: batched reads with the client's name, and the reconciliation of a
// sent `mcpConfigs` list by id (spec §1.8, §3.3).
import { anyOf } from '../db/sqlite-sql.js';
import { ValidationError } from '../domain/errors.js';
import {
  duplicateMcpClientMessage,
  type McpConfig,
  type McpConfigInput,
  mcpClientNotFoundMessage,
  mcpConfigDoesNotBelongMessage,
} from '../domain/mcp.js';
import { type Db, parseJson } from './common.js';

export async function mcpConfigsByVirtualKeys(db: Db, virtualKeyIds: readonly string[]): Promise<McpConfig[]> {
  const rows = await db
    .selectFrom('mcp_configs')
    .innerJoin('mcp_clients', 'mcp_clients.id', 'mcp_configs.mcp_client_id')
    .selectAll('mcp_configs')
    .select('mcp_clients.name as mcp_client_name')
    .where('mcp_configs.virtual_key_id', 'in', anyOf(virtualKeyIds))
    .orderBy('mcp_configs.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    virtualKeyId: row.virtual_key_id,
    mcpClientId: row.mcp_client_id,
    mcpClientName: row.mcp_client_name,
    toolsToExecute: parseJson<string[]>(row.tools_to_execute, []),
  }));
}

/**
 * Reconciles a virtual key's MCP configs with a sent list (undefined = unchanged, null = []):
 * entries without id grant the named client, entries with id replace that config's tools (its
 * client cannot change), configs not mentioned are deleted.
 */
export async function writeMcpConfigs(
  db: Db,
  virtualKeyId: string,
  inputs: McpConfigInput[] | null | undefined,
  field = 'input.mcpConfigs',
): Promise<void> {
  if (inputs === undefined) return;
  const entries = inputs ?? [];
  const existing = await mcpConfigsByVirtualKeys(db, [virtualKeyId]);
  const owned = new Map(existing.map((config) => [config.id, config]));
  const newNames = entries.filter((entry) => entry.id == null).map((entry) => entry.mcpClientName);
  const clients = newNames.length
    ? await db.selectFrom('mcp_clients').select(['id', 'name']).where('name', 'in', anyOf(newNames)).execute()
    : [];
  const clientByName = new Map(clients.map((client) => [client.name, client.id]));
  // The client an entry ends up with: its stored one for updates, the named one for new entries.
  const clientOf = (entry: McpConfigInput, at: string) => {
    if (entry.id != null) {
      const config = owned.get(entry.id);
      if (!config) throw new ValidationError(mcpConfigDoesNotBelongMessage(entry.id), `${at}.id`);
      return { id: config.mcpClientId, name: config.mcpClientName };
    }
    const id = clientByName.get(entry.mcpClientName);
    if (id == null) throw new ValidationError(mcpClientNotFoundMessage(entry.mcpClientName), `${at}.mcpClientName`);
    return { id, name: entry.mcpClientName };
  };
  const seen = new Set<number>();
  const resolved = entries.map((entry, index) => {
    const client = clientOf(entry, `${field}.${index}`);
    if (seen.has(client.id)) {
      throw new ValidationError(duplicateMcpClientMessage(client.name), `${field}.${index}.mcpClientName`);
    }
    seen.add(client.id);
    return { id: entry.id, clientId: client.id, tools: JSON.stringify(entry.toolsToExecute ?? []) };
  });
  const stale = existing.map((config) => config.id).filter((id) => !entries.some((entry) => entry.id === id));
  if (stale.length > 0) await db.deleteFrom('mcp_configs').where('id', 'in', stale).execute();
  for (const entry of resolved) {
    if (entry.id != null) {
      await db
        .updateTable('mcp_configs')
        .set({ tools_to_execute: entry.tools })
        .where('id', '=', entry.id)
        .execute();
    } else {
      await db
        .insertInto('mcp_configs')
        .values({ virtual_key_id: virtualKeyId, mcp_client_id: entry.clientId, tools_to_execute: entry.tools })
        .execute();
    }
  }
}
