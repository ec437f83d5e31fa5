// Who is calling: the admin token, a virtual key value, or nobody. Constant-time token comparison.
import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from './domain/errors.js';
import { VIRTUAL_KEY_PREFIX } from './domain/virtual-key.js';
import type { Viewer } from './graphql/context.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

// The admin token's digest, computed once per token rather than on every request.
let admin: { token: string; digest: Buffer } | null = null;
function adminDigest(token: string): Buffer {
  if (admin?.token !== token) admin = { token, digest: digest(token) };
  return admin.digest;
}

export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  return match ? match[1]!.trim() : null;
}

/** The virtual key a self-service or inference request presents (spec §5.1), if any. */
export function presentedVirtualKey(headers: Headers): string | null {
  const candidates = [bearerToken(headers.get('authorization')), headers.get('x-bf-vk'), headers.get('x-api-key')];
  return candidates.find((value) => value?.startsWith(VIRTUAL_KEY_PREFIX)) ?? null;
}

/**
 * Who is calling, from the request headers: the Authorization bearer (admin token or a virtual key),
 * else a virtual key in `x-bf-vk` or `x-api-key` (spec §5.1). A virtual key is never an admin.
 */
export function viewerFromHeaders(headers: Headers, adminToken: string): Viewer {
  const token = bearerToken(headers.get('authorization'));
  if (!token) {
    const key = headers.get('x-bf-vk') ?? headers.get('x-api-key');
    return key?.startsWith(VIRTUAL_KEY_PREFIX) ? { kind: 'virtualKey', value: key } : { kind: 'anonymous', reason: 'missing' };
  }
  if (token.startsWith(VIRTUAL_KEY_PREFIX)) return { kind: 'virtualKey', value: token };
  return timingSafeEqual(digest(token), adminDigest(adminToken))
    ? { kind: 'admin' }
    : { kind: 'anonymous', reason: 'invalid' };
}

/**
 * Whose idempotency keys a usage report's are. The admin token is one credential whatever its value,
 * so a gateway retrying after a token rotation is not charged twice; a virtual key is its own (by
 * digest, so no key value is stored). Only these may be scoped: an anonymous caller reports nothing.
 */
export function credentialScope(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'admin':
      return 'admin';
    case 'virtualKey':
      return `virtual_key:${digest(viewer.value).toString('hex')}`;
    case 'anonymous':
      throw new UnauthenticatedError('usage reports need a credential');
  }
}

/** One viewer per request, however often it is asked for (the auth plugin, then the context). */
export function requestViewers(adminToken: string): (request: Request) => Viewer {
  const viewers = new WeakMap<Request, Viewer>();
  return (request) => {
    let viewer = viewers.get(request);
    if (viewer === undefined) viewers.set(request, (viewer = viewerFromHeaders(request.headers, adminToken)));
    return viewer;
  };
}
