// `npm run crash:long`: kills the real server with SIGKILL at random moments (25 times by default)
// under concurrent governance and usage writes, then checks that nothing acknowledged was lost or
// doubled. Options: --kills N, --seed S. Exits non-zero on any violation.
import { parseArgs } from 'node:util';
import { runCrashSafety } from '../test/helpers/crash-safety.js';
import { buildEntryPoint } from './build.js';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '25' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) throw new Error(`--kills must be a positive integer, got ${values.kills}`);

await buildEntryPoint();
const report = await runCrashSafety({
  kills,
  seed: values.seed === undefined ? undefined : Number(values.seed),
  log: (line) => console.log(line),
});
console.log(`\ncrash safety (seed ${report.seed})`);
for (const [key, value] of Object.entries(report.summary)) console.log(`  ${key.padEnd(26)} ${value}`);
for (const violation of report.violations) console.error(`  VIOLATION ${violation}`);
process.exitCode = report.violations.length === 0 ? 0 : 1;
