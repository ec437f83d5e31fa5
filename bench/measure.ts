// Timing helpers for benchmarks: warm up, then alternate candidate and floor so machine noise hits
// both alike, and compare medians (or, for latencies, percentiles of every sample).
import { performance } from 'node:perf_hooks';

export interface Comparison {
  candidateMs: number;
  floorMs: number;
  ratio: number;
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A full collection (with `--expose-gc`, as `npm run bench` runs): a timed run starts on a clean heap. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  // Neither side pays for the garbage the other left: each run's own garbage still counts.
  collectGarbage();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function compare(
  candidate: () => Promise<unknown> | unknown,
  floor: () => Promise<unknown> | unknown,
  rounds: number,
  warmup = 2,
): Promise<Comparison> {
  for (let i = 0; i < warmup; i += 1) {
    await candidate();
    await floor();
  }
  const candidateTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    candidateTimes.push(await time(candidate));
    floorTimes.push(await time(floor));
  }
  const candidateMs = median(candidateTimes);
  const floorMs = median(floorTimes);
  return { candidateMs, floorMs, ratio: candidateMs / floorMs };
}

/**
 * For latency distributions: warm up, then run each target's block in turn, round after round, so
 * drift and noise spread over all targets; returns every sample each target's blocks reported.
 */
export async function alternateSamples<Name extends string>(
  targets: Record<Name, () => Promise<number[]> | number[]>,
  rounds: number,
  warmup = 1,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(targets) as Name[];
  for (let i = 0; i < warmup; i += 1) for (const name of names) await targets[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let i = 0; i < rounds; i += 1) {
    for (const name of names) samples[name].push(...(await targets[name]()));
  }
  return samples;
}

export function report(name: string, lines: Record<string, string | number>): void {
  console.log(`\n${name}`);
  const width = Math.max(28, ...Object.keys(lines).map((key) => key.length));
  for (const [key, value] of Object.entries(lines)) console.log(`  ${key.padEnd(width)} ${value}`);
}
