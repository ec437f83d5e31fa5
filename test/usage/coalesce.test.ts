import { describe, expect, it } from 'vitest';
import { coalescingQueue } from '../../src/usage/coalesce.js';

interface Change {
  id: string;
  previous: number;
  current: number;
}

const rules = {
  keyOf: (c: Change) => c.id,
  merge: (older: Change, newer: Change) => ({ ...newer, previous: older.previous }),
};

describe('coalescingQueue', () => {
  it('hands events through one by one while the subscriber keeps up', async () => {
    const queue = coalescingQueue(rules);
    const first = queue.next();
    queue.offer({ id: 'a', previous: 0, current: 1 });
    expect((await first).value).toEqual({ id: 'a', previous: 0, current: 1 });
    const second = queue.next();
    queue.offer({ id: 'a', previous: 1, current: 2 });
    expect((await second).value).toEqual({ id: 'a', previous: 1, current: 2 });
    await queue.return();
  });

  it('merges pending events of one object for a slow subscriber, keeping the final state last', async () => {
    const queue = coalescingQueue(rules);
    const first = queue.next();
    queue.offer({ id: 'a', previous: 0, current: 1 });
    await first;
    // The subscriber is busy: these pile up.
    for (let i = 1; i < 50; i += 1) queue.offer({ id: 'a', previous: i, current: i + 1 });
    queue.offer({ id: 'b', previous: 0, current: 7 });
    queue.offer({ id: 'a', previous: 50, current: 51 });
    const rest = [(await queue.next()).value, (await queue.next()).value];
    // 50 pending changes of `a` arrive as one, from the first previous to the last current, after b
    // (the last of them came after b).
    expect(rest).toEqual([
      { id: 'b', previous: 0, current: 7 },
      { id: 'a', previous: 1, current: 51 },
    ]);
    await queue.return();
  });

  it('bounds the backlog by dropping the oldest pending object', async () => {
    const queue = coalescingQueue({ ...rules, limit: 3 });
    const first = queue.next();
    queue.offer({ id: 'x', previous: 0, current: 0 });
    await first;
    for (const id of ['a', 'b', 'c', 'd', 'e']) queue.offer({ id, previous: 0, current: 1 });
    const seen = [];
    for (let i = 0; i < 3; i += 1) seen.push((await queue.next()).value.id);
    expect(seen).toEqual(['c', 'd', 'e']);
    await queue.return();
  });

  it('opens on the first read, closes once on return, and ends a waiting read', async () => {
    const calls: string[] = [];
    const queue = coalescingQueue({ ...rules, onOpen: () => calls.push('open'), onClose: () => calls.push('close') });
    queue.offer({ id: 'early', previous: 0, current: 1 });
    expect(calls).toEqual([]);
    const waiting = queue.next();
    expect(calls).toEqual(['open']);
    await queue.return();
    await queue.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(calls).toEqual(['open', 'close']);
    queue.offer({ id: 'late', previous: 0, current: 1 });
    expect(await queue.next()).toEqual({ done: true, value: undefined });
  });

  it('never opens when returned before any read', async () => {
    const calls: string[] = [];
    const queue = coalescingQueue({ ...rules, onOpen: () => calls.push('open'), onClose: () => calls.push('close') });
    await queue.return();
    expect(await queue.next()).toEqual({ done: true, value: undefined });
    expect(calls).toEqual([]);
  });
});
