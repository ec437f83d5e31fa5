import { Repeater } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/usage/coalesce.js';

interface Change {
  id: string;
  previous: number;
  current: number;
}

function source() {
  let push: (value: Change) => Promise<unknown> = async () => undefined;
  let returned = false;
  const repeater = new Repeater<Change>(async (p, stop) => {
    push = p;
    await stop;
    returned = true;
  });
  return { repeater, push: (value: Change) => void push(value), returned: () => returned };
}

const options = {
  accept: (c: Change) => c.id !== 'ignored',
  keyOf: (c: Change) => c.id,
  merge: (older: Change, newer: Change) => ({ ...newer, previous: older.previous }),
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesce', () => {
  it('passes events through one by one while the subscriber keeps up', async () => {
    const { repeater, push } = source();
    const stream = coalesce(repeater, options);
    const first = stream.next();
    await tick(); // the source starts once the stream is read
    push({ id: 'a', previous: 0, current: 1 });
    expect((await first).value).toEqual({ id: 'a', previous: 0, current: 1 });
    const second = stream.next();
    push({ id: 'a', previous: 1, current: 2 });
    expect((await second).value).toEqual({ id: 'a', previous: 1, current: 2 });
    await stream.return();
  });

  it('merges pending events of one object for a slow subscriber, keeping the final state', async () => {
    const { repeater, push } = source();
    const stream = coalesce(repeater, options);
    const first = stream.next();
    await tick();
    push({ id: 'a', previous: 0, current: 1 });
    await first;
    // The subscriber is busy: these pile up.
    for (let i = 1; i < 50; i += 1) push({ id: 'a', previous: i, current: i + 1 });
    push({ id: 'b', previous: 0, current: 7 });
    push({ id: 'ignored', previous: 0, current: 1 });
    await tick();
    const rest = [(await stream.next()).value, (await stream.next()).value];
    // 49 pending charges of `a` arrive as one, from the first previous to the last current; then b.
    expect(rest).toEqual([
      { id: 'a', previous: 1, current: 50 },
      { id: 'b', previous: 0, current: 7 },
    ]);
    await stream.return();
  });

  it('bounds the backlog and releases the source on return', async () => {
    const { repeater, push, returned } = source();
    const stream = coalesce(repeater, { ...options, limit: 3 });
    const first = stream.next();
    await tick();
    push({ id: 'x', previous: 0, current: 0 });
    await first;
    for (const id of ['a', 'b', 'c', 'd', 'e']) push({ id, previous: 0, current: 1 });
    await tick();
    const seen = [];
    for (let i = 0; i < 3; i += 1) seen.push((await stream.next()).value.id);
    // At most 3 objects wait; the oldest pending ones made room.
    expect(seen).toEqual(['c', 'd', 'e']);
    await stream.return();
    await tick();
    expect(returned()).toBe(true);
  });
});
