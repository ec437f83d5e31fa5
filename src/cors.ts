// Cross-origin reads from browsers: a page may read this service's replies only when its origin is
// one of the configured ones (none by default). Any other origin gets no CORS header at all, so the
// browser keeps the reply from it. It covers /graphql and the REST routes: Yoga serves both.
import type { YogaServerOptions } from 'graphql-yoga';

/** Yoga's `cors` option for exactly `origins` (each as a browser sends it in Origin). */
export function corsPolicy(origins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    // No credentials: only a bearer header authenticates here, and a page sends that without them.
    return origin !== null && allowed.has(origin) ? { origin, credentials: false } : false;
  };
}
