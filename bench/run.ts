// Runs the benchmarks in turn (`npm run bench -- p2 p5` runs only those whose name starts with an
// argument); each prints its own figures and ratios against its floor.
import { runNestedQueryBench } from './p1-nested-query.js';
import { runUsageRecordingBench } from './p2-usage-recording.js';
import { runAdmissionLatencyBench } from './p3-admission-latency.js';
import { runRestOverheadBench } from './p5-rest-overhead.js';
import { runSubscriptionsBench } from './p4-subscriptions.js';
import { runMemoryBench } from './p6-memory.js';

const benches: Array<[name: string, run: () => Promise<void>]> = [
  ['p1-nested-query', runNestedQueryBench],
  ['p2-usage-recording', runUsageRecordingBench],
  ['p3-admission-latency', runAdmissionLatencyBench],
  ['p5-rest-overhead', runRestOverheadBench],
  ['p4-subscriptions', runSubscriptionsBench],
  ['p6-memory', runMemoryBench],
];

const wanted = process.argv.slice(2).map((arg) => arg.toLowerCase());
const selected = benches.filter(([name]) => wanted.length === 0 || wanted.some((prefix) => name.startsWith(prefix)));
if (selected.length === 0) {
  throw new Error(`no benchmark matches ${wanted.join(', ')}; known: ${benches.map(([name]) => name).join(', ')}`);
}
for (const [, run] of selected) await run();
