import { percentile } from './stats.js';

/**
 * One-at-a-time latency of two (or more) processes, measured in alternating blocks: side A for a
 * block, side B for a block, the order rotating each round. Short blocks spread the bursts of a busy
 * machine evenly over the sides; ratios are also given per group of rounds, to show their spread.
 */
export interface Alternated {
  /** Every sample per side, in milliseconds. */
  times: number[][];
  /** Per group of `groupRounds` rounds, per side: its p50 and p99 over the last side's (the baseline). */
  groups: Array<Array<{ p50: number; p99: number }>>;
  /** CPU microseconds per sample per side, over all blocks (NaN where unknown). */
  cpuPerSample: number[];
}

export async function alternate(
  sides: ReadonlyArray<{ timeOne: (i: number) => Promise<number>; cpuMicros?: () => number }>,
  options: { rounds: number; block: number; groupRounds: number },
): Promise<Alternated> {
  const times = sides.map(() => [] as number[]);
  const cpu = sides.map(() => [] as number[]);
  const groups: Alternated['groups'] = [];
  let group = sides.map(() => [] as number[]);
  let n = 0;
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const index = (round + k) % sides.length;
      const side = sides[index];
      if (!side) continue;
      const before = side.cpuMicros?.() ?? Number.NaN;
      for (let i = 0; i < options.block; i++) {
        const t = await side.timeOne(n + i);
        times[index]?.push(t);
        group[index]?.push(t);
      }
      cpu[index]?.push((side.cpuMicros?.() ?? Number.NaN) - before);
    }
    n += options.block;
    if ((round + 1) % options.groupRounds === 0 || round === options.rounds - 1) {
      const sorted = group.map((xs) => [...xs].sort((x, y) => x - y));
      const base = sorted.at(-1) ?? [];
      if (base.length) {
        groups.push(
          sorted.map((xs) => ({
            p50: percentile(xs, 50) / percentile(base, 50),
            p99: percentile(xs, 99) / percentile(base, 99),
          })),
        );
      }
      group = sides.map(() => [] as number[]);
    }
  }
  const perSample = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / (options.rounds * options.block);
  return { times, groups, cpuPerSample: cpu.map(perSample) };
}

/** "median (min–max)" of a list of ratios. */
export function spread(xs: readonly number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${percentile(s, 50).toFixed(2)} (${(s[0] ?? Number.NaN).toFixed(2)}–${(s.at(-1) ?? Number.NaN).toFixed(2)})`;
}
