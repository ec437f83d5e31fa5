// Keyset pagination for top-level lists: rows ordered by (created_at, id), cursors opaque, and a
// total count computed only when the client selects it.
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import type { SelectQueryBuilder } from 'kysely';
import { ValidationError } from '../domain/errors.js';

export interface Page<T> {
  edges: Array<{ cursor: string; node: T } | null>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
  totalCount: () => Promise<number>;
}

interface Ordered {
  created_at: string;
  id: string;
}

interface ConnectionArgs {
  /** Rows to skip (REST-style paging); cannot be combined with cursors or `last`. */
  offset?: number | null;
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

export const PAGE_SIZE = { defaultSize: 25, maxSize: 100_000 };

/** The `offset` argument every list connection takes besides the cursor arguments. */
export function offsetArg<Ref>(arg: { int: (options: { description: string }) => Ref }): Ref {
  return arg.int({ description: 'Rows to skip (offset paging); not combinable with after, before or last.' });
}

function encodeCursor(row: Ordered): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

function decodeCursor(cursor: string, arg: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError(`invalid cursor: ${cursor}`, arg);
}

/**
 * Pages a filtered query of one table. `filtered` must select from a table with `created_at` and
 * `id` (the keyset) and apply the list's filters; `map` turns rows into the node shape.
 */
export async function paginate<Row extends Ordered, Node, DB, TB extends keyof DB>(
  args: ConnectionArgs,
  filtered: () => SelectQueryBuilder<DB, TB, object>,
  map: (row: Row) => Node,
): Promise<Page<Node>> {
  const offset = args.offset ?? 0;
  if (offset < 0) throw new ValidationError('offset must be non-negative', 'offset');
  if (offset > 0 && (args.after || args.before || args.last != null)) {
    throw new ValidationError('offset cannot be combined with after, before or last', 'offset');
  }
  const page = await resolveCursorConnection(
    { args, toCursor: (row: Row) => encodeCursor(row), ...PAGE_SIZE },
    async ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
      // The keyset columns exist on every paged table; Kysely cannot see that through the generic TB.
      let query = filtered().selectAll() as unknown as SelectQueryBuilder<{ t: Ordered }, 't', Row>;
      const direction = inverted ? 'desc' : 'asc';
      if (after) {
        const [createdAt, id] = decodeCursor(after, 'after');
        query = query.where((eb) =>
          eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]),
        );
      }
      if (before) {
        const [createdAt, id] = decodeCursor(before, 'before');
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]),
        );
      }
      return query.orderBy('created_at', direction).orderBy('id', direction).limit(limit).offset(offset).execute();
    },
  );
  return {
    edges: page.edges.map((edge) => edge && { cursor: edge.cursor, node: map(edge.node) }),
    pageInfo: { ...page.pageInfo, hasPreviousPage: page.pageInfo.hasPreviousPage || offset > 0 },
    totalCount: async () => {
      const { count } = (await (filtered() as unknown as SelectQueryBuilder<{ t: Ordered }, 't', object>)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow()) as { count: number };
      return count;
    },
  };
}
