// Ends the test output with one plain line, "N passed, N failed", that CI tooling reads.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const failedModules = testModules.filter((m) => m.state() === 'failed' && !m.children.size).length;
    console.log(`\n${passed} passed, ${failed + failedModules} failed, ${skipped} skipped`);
  }
}
