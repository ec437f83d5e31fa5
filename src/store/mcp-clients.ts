// MCP clients: the named MCP servers virtual keys can be granted tools of. Batched reads, the list,
// create and delete (which removes every virtual key's access to the client).
import type { McpClientRow } from '../db/database.js';
import { anyOf } from '../db/sqlite-sql.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { McpClient } from '../domain/mcp.js';
import { type Db, inTransaction } from './common.js';
import { isUniqueViolation } from './unique-violation.js';

export function mcpClientRowToMcpClient(row: McpClientRow): McpClient {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function mcpClientsByIds(db: Db, ids: readonly number[]): Promise<McpClient[]> {
  const rows = await db.selectFrom('mcp_clients').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(mcpClientRowToMcpClient);
}

export async function listMcpClients(db: Db): Promise<McpClient[]> {
  const rows = await db.selectFrom('mcp_clients').selectAll().orderBy('name').execute();
  return rows.map(mcpClientRowToMcpClient);
}

const duplicate = (name: string) => new ConflictError(`MCP client '${name}' already exists`);

export function createMcpClient(db: Db, name: string, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('mcp_clients').select('id').where('name', '=', name).executeTakeFirst();
    if (existing) throw duplicate(name);
    const at = now.toISOString();
    const { id } = await trx
      .insertInto('mcp_clients')
      .values({ name, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'mcp_clients.name') ? duplicate(name) : error;
      });
    return id;
  });
}

/** Deletes the client; virtual keys lose their MCP configs for it (cascade). */
export function deleteMcpClient(db: Db, id: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('mcp_clients').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) throw new NotFoundError('MCP client', id);
    await trx.deleteFrom('mcp_clients').where('id', '=', id).execute();
    return id;
  });
}
