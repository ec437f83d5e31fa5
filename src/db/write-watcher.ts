// Tells a listener about every write statement Kysely runs, right after it ran and while it still
// holds the connection: caches derived from the database are dropped before the usage engine (which
// queues for the same connection) can read them again, even if the write's transaction is still open.
import type { KyselyPlugin, QueryId } from 'kysely';

export function watchWrites(onWrite: () => void): KyselyPlugin {
  const writes = new WeakSet<QueryId>();
  return {
    transformQuery({ node, queryId }) {
      // Raw SQL counts as a write: it may be one.
      if (node.kind !== 'SelectQueryNode') writes.add(queryId);
      return node;
    },
    async transformResult({ result, queryId }) {
      if (writes.has(queryId)) onWrite();
      return result;
    },
  };
}
