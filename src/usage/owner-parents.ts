// The parents of an owner as the usage engine reads them: one prepared statement per owner kind
// that has parents, built from the owner registry.
import type SQLite from 'better-sqlite3';
import { OWNER_KINDS } from '../domain/entities.js';
import { OWNERS, type ParentLookup, parentsOfRow } from '../domain/owners.js';

export function prepareParentLookup(sqlite: SQLite.Database): ParentLookup {
  const statements = new Map(
    OWNER_KINDS.filter((kind) => OWNERS[kind].parents.length > 0).map((kind) => {
      const { table, parents } = OWNERS[kind];
      const columns = parents.map((edge) => edge.column).join(', ');
      return [kind, sqlite.prepare<[string | number], Record<string, unknown>>(`select ${columns} from ${table} where id = ?`)] as const;
    }),
  );
  return (owner) => {
    const statement = statements.get(owner.kind);
    if (!statement) return [];
    const row = statement.get(owner.id);
    return row && parentsOfRow(owner.kind, row);
  };
}
