// Timing helpers for benchmarks: warm up, then alternate candidate and floor so machine noise hits
// both alike, and compare medians.
import { performance } from 'node:perf_hooks';

export interface Comparison {
  candidateMs: number;
  floorMs: number;
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
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

export function report(name: string, lines: Record<string, string | number>): void {
  console.log(`\n${name}`);
  for (const [key, value] of Object.entries(lines)) console.log(`  ${key.padEnd(28)} ${value}`);
}
