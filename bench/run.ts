// Runs every benchmark in turn; each prints its own figures and ratios against its floor.
import { runNestedQueryBench } from './p1-nested-query.js';

await runNestedQueryBench();
