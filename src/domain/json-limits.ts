// Caps on free-form JSON inputs (profile, config, claims, a routing rule's query, a pricing patch).
// They are stored as text and serialised again by every read that shows them: a value nested
// thousands of levels deep overflows the stack there (every later list of its owner fails), and a
// large one taxes each of those reads. No legitimate document comes near either cap.
import { z } from 'zod';

export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_BYTES = 64 * 1024;

/** Whether objects and arrays nest more than `limit` levels (`{}` is one); iterative, so any depth is safe. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth === limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** A JSON object within both caps; the messages name the field as REST clients spell it. */
export function boundedJsonObject(wireName: string) {
  return z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      ctx.addIssue({ code: 'custom', message: `${wireName} must not nest deeper than ${MAX_JSON_DEPTH} levels` });
    } else if (Buffer.byteLength(JSON.stringify(value)) > MAX_JSON_BYTES) {
      ctx.addIssue({ code: 'custom', message: `${wireName} must be at most ${MAX_JSON_BYTES} bytes of JSON` });
    }
  });
}
