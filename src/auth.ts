// Who is calling: the admin token, a virtual key value, or nobody. Constant-time token comparison.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Viewer } from './graphql/context.js';

export const VIRTUAL_KEY_PREFIX = 'sk-bf-';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  return match ? match[1]!.trim() : null;
}

/** Resolves the management viewer from an Authorization header value. */
export function viewerFromAuthorization(authorization: string | null, adminToken: string): Viewer {
  const token = bearerToken(authorization);
  if (!token) return { kind: 'anonymous', reason: 'missing' };
  if (token.startsWith(VIRTUAL_KEY_PREFIX)) return { kind: 'virtualKey', value: token };
  return timingSafeEqual(digest(token), digest(adminToken))
    ? { kind: 'admin' }
    : { kind: 'anonymous', reason: 'invalid' };
}
