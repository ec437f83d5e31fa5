// The parents of an owner as the usage engine reads them: one prepared statement per owner kind
// that has parents, built from the owner registry.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import { OWNER_KINDS } from '../domain/entities.js';
import { OWNERS, type ParentLookup, parentsOfRow } from '../domain/owners.js';

export function prepareParentLookup(statements: SqliteStatements): ParentLookup {
  const lookups = new Map(
    OWNER_KINDS.filter((kind) => OWNERS[kind].parents.length > 0).map((kind) => {
      const { table, parents } = OWNERS[kind];
      const lookup = statements.prepare((p: { id: string | number }, db) =>
        db.selectFrom(table)
          .select(parents.map((edge) => db.dynamic.ref(edge.column)))
          .where(db.dynamic.ref('id'), '=', p.id),
      );
      return [kind, lookup] as const;
    }),
  );
  return (owner) => {
    const lookup = lookups.get(owner.kind);
    if (!lookup) return [];
    const row = lookup.get({ id: owner.id });
    return row && parentsOfRow(owner.kind, row);
  };
}
