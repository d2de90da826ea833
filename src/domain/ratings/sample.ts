import { mulberry32 } from './prng';

/**
 * How many of `population` items a draw at `rate` takes (rule 十二(五): not below 5 %): rounded
 * up, at least one when there are any, never more than there are.
 *
 * @example sampleSize(0, 0.05) // 0
 * @example sampleSize(1, 0.05) // 1
 * @example sampleSize(21, 0.05) // 2 (1.05 rounded up)
 * @example sampleSize(1_000_000, 0.05) // 50000
 */
export function sampleSize(population: number, rate: number): number {
  if (!Number.isInteger(population) || population < 0) throw new RangeError('population must be a whole number ≥ 0');
  if (!(rate > 0 && rate <= 1)) throw new RangeError('rate must be in (0, 1]');
  if (population === 0) return 0;
  // rate * population in whole units of 1e-9 first, so 0.05 * 20 is 1, not 1.0000000000000002
  const exact = Math.round(rate * population * 1e9) / 1e9;
  return Math.min(population, Math.max(1, Math.ceil(exact)));
}

/**
 * The positions (0-based) a seeded draw picks: a partial Fisher–Yates shuffle of 0…n-1 that
 * stops after `k` swaps, keeping only the swapped places in a Map, so it costs O(k) time and
 * memory, not O(n). Distinct positions, in draw order; the same (n, k, seed) always gives the
 * same answer.
 *
 * @example drawPositions(10, 3, 7) // three distinct numbers in 0…9, always the same three
 */
export function drawPositions(n: number, k: number, seed: number): number[] {
  if (k > n) throw new RangeError('cannot draw more than there are');
  const next = mulberry32(seed);
  const swapped = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    out.push(atJ);
  }
  return out;
}

export interface Draw {
  seed: number;
  populationSize: number;
  rate: number;
  /** Chosen ids, in draw order. */
  chosenIds: string[];
}

/**
 * Draws ⌈rate·n⌉ (at least one) of `populationIds` with `seed`. The population must be given in
 * a stable order (the service reads it sorted by id), so that anyone holding the stored seed
 * and the population can draw the same set again and check it.
 *
 * @example drawSample(['a', 'b', 'c'], 0.05, 1).chosenIds.length // 1
 */
export function drawSample(populationIds: readonly string[], rate: number, seed: number): Draw {
  const k = sampleSize(populationIds.length, rate);
  const chosenIds = drawPositions(populationIds.length, k, seed).map((p) => populationIds[p]);
  return { seed: seed >>> 0, populationSize: populationIds.length, rate, chosenIds };
}
