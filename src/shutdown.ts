// What a graceful stop needs besides closing sockets and ending subscriptions: an HTTP server
// drained of in-flight requests within a deadline.
import type { Server } from 'node:http';

/** How long a stop lets in-flight requests run by default. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Stops accepting connections, lets in-flight requests finish, and resolves once every connection
 * is gone; connections still busy after `timeoutMs` are cut.
 */
export function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // A keep-alive connection goes idle when its last response is sent: close it then, not after keepAliveTimeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 20);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
