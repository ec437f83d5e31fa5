// Crash safety in CI: a few SIGKILLs of the real server under concurrent governance and usage
// writes lose and double nothing acknowledged (`npm run crash:long` runs the same with 25 kills).
import { describe, expect, it } from 'vitest';
import { runCrashSafety } from '../helpers/crash-safety.js';

describe('crash safety', () => {
  it('keeps every acknowledged write exactly once across 3 kill -9 and restarts', async () => {
    // Lives long enough that each one acknowledges writes, even on a slow machine.
    const report = await runCrashSafety({ kills: 3, killAfterMs: [800, 2500] });
    expect(report.violations, `seed ${report.seed}: ${JSON.stringify(report.summary)}`).toEqual([]);
    expect(report.acknowledged.governanceWrites).toBeGreaterThan(0);
    expect(report.acknowledged.usageBatches).toBeGreaterThan(0);
  }, 120_000);
});
