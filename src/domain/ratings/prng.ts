/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit seeded PRNG. The same seed always
 * gives the same sequence on every machine, which is what makes a sampling draw reproducible
 * and checkable from its stored seed. Not for secrets — for fair, auditable draws.
 *
 * @example
 * const next = mulberry32(42); next() // 0.6011037519201636 (always)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
