// The paths this service serves, matched exactly. Anything else answers 404 before any plugin reads
// the request, so its body is never read (Yoga on its own treats every path ending in /graphql, or
// /graphql/, as its endpoint).
import type { Plugin } from 'graphql-yoga';

export interface ServedPaths {
  /** Paths served as they are. */
  exact: readonly string[];
  /** Path prefixes (ending in '/') whose router answers its own 404s. */
  prefixes: readonly string[];
}

export function useServedPaths({ exact, prefixes }: ServedPaths): Plugin {
  const served = new Set(exact);
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (served.has(pathname) || prefixes.some((prefix) => pathname.startsWith(prefix))) return;
      // Closing the connection spares reading (and discarding) a body sent after the answer.
      endResponse(new fetchAPI.Response(null, { status: 404, headers: { connection: 'close' } }));
    },
  };
}
