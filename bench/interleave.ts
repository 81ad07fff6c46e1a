// Side-by-side measurement on a shared, loaded machine: the candidate (A) and its baseline (B) run in
// turn in the same process, round after round, each round alternating which goes first (A B, B A, ...),
// so both meet the same load at nearly the same moment. Each round gives one ratio A / B; a benchmark
// reports the median of those ratios and their spread, with the machine and its load when it started.
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface Rounds<T> {
  a: T[];
  b: T[];
}

/** `rounds` pairs of runs; the order within a pair alternates. */
export async function interleave<T>(rounds: number, a: () => Promise<T>, b: () => Promise<T>): Promise<Rounds<T>> {
  const [runsOfA, runsOfB] = await interleaveAll(rounds, [a, b]);
  return { a: runsOfA ?? [], b: runsOfB ?? [] };
}

/**
 * `rounds` runs of each work, one of each per round; the order within a round turns (A B C, B C A, C A B,
 * ...), so that each work goes first as often as the others. The runs come back per work, in round order.
 */
export async function interleaveAll<T>(rounds: number, works: readonly (() => Promise<T>)[]): Promise<T[][]> {
  const result: T[][] = works.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < works.length; step++) {
      const index = (round + step) % works.length;
      (result[index] as T[]).push(await (works[index] as () => Promise<T>)());
    }
  }
  return result;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** The value below which a share `q` of the values lie (nearest rank on the sorted values). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN;
}

export interface RatioSummary {
  median: number;
  /** Middle half of the per-round ratios. */
  q1: number;
  q3: number;
  min: number;
  max: number;
  rounds: number;
}

export function ratios(a: readonly number[], b: readonly number[]): RatioSummary {
  const each = a.map((value, i) => value / (b[i] as number));
  return { median: median(each), q1: quantile(each, 0.25), q3: quantile(each, 0.75), min: Math.min(...each), max: Math.max(...each), rounds: each.length };
}

/** "0.23 (middle half 0.22 to 0.25, all 0.20 to 0.31, 15 rounds)  target <= 0.25: met" */
export function describeRatio(summary: RatioSummary, target: { atMost: number } | null, digits = 2): string {
  const f = (value: number) => value.toFixed(digits);
  const spread = `middle half ${f(summary.q1)} to ${f(summary.q3)}, all ${f(summary.min)} to ${f(summary.max)}, ${summary.rounds} rounds`;
  if (!target) return `${f(summary.median)} (${spread})`;
  return `${f(summary.median)} (${spread})  target <= ${target.atMost}: ${summary.median <= target.atMost ? 'met' : 'MISSED'}`;
}

/** The machine, and how loaded it is now: a ratio means little without it. */
export function machine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `machine: ${availableParallelism()} cores (${model}), load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) at start, Node ${process.version}`;
}

/** Rounds for a benchmark: BENCH_ROUNDS when set, else its own default. */
export function roundsFromEnv(fallback: number): number {
  const value = Number(process.env.BENCH_ROUNDS);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
