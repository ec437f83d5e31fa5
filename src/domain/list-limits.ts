// Caps on input lists. A list is stored with its owner and read back whole by every request that
// shows the owner, so one oversized list (a 1 MiB body holds ~150,000 short strings) would tax every
// later read of it; no legitimate configuration comes near the cap.
import { z } from 'zod';

export const MAX_LIST_ITEMS = 1_000;

/** An array of at most MAX_LIST_ITEMS items; the message names the list as REST clients spell it. */
export function cappedList<T extends z.ZodType>(item: T, wireName: string) {
  return z.array(item).max(MAX_LIST_ITEMS, `too many ${wireName}: at most ${MAX_LIST_ITEMS}`);
}
