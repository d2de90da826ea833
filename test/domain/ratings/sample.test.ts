import { drawPositions, drawSample, sampleSize } from '../../../src/domain/ratings/sample';
import { mulberry32 } from '../../../src/domain/ratings/prng';
import { monthOf, previousMonth, isMonth } from '../../../src/domain/ratings/month';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `tk_${String(i).padStart(7, '0')}`);

describe('sampleSize (rule 十二(五): at least 5 %)', () => {
  it.each([
    [0, 0], [1, 1], [19, 1], [20, 1], [21, 2], [40, 2], [41, 3], [100, 5], [101, 6], [1_000_000, 50_000],
  ])('draws %i tickets → %i (rounded up, at least one when any)', (n, k) => {
    expect(sampleSize(n, 0.05)).toBe(k);
  });

  it('never draws below 5 % of any population up to 5,000', () => {
    for (let n = 1; n <= 5000; n++) expect(sampleSize(n, 0.05) / n).toBeGreaterThanOrEqual(0.05);
  });

  it('refuses a rate outside (0, 1] and a broken population', () => {
    expect(() => sampleSize(10, 0)).toThrow(RangeError);
    expect(() => sampleSize(-1, 0.05)).toThrow(RangeError);
    expect(() => sampleSize(1.5, 0.05)).toThrow(RangeError);
  });
});

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(12345); const b = mulberry32(12345); const c = mulberry32(12346);
    const sa = [a(), a(), a()]; expect([b(), b(), b()]).toEqual(sa);
    expect([c(), c(), c()]).not.toEqual(sa);
    expect(mulberry32(42)()).toBe(0.6011037519201636);
  });
});

describe('drawSample', () => {
  it('draws the same set again with the same seed (reproducible from the stored seed)', () => {
    const pop = ids(1000);
    expect(drawSample(pop, 0.05, 777).chosenIds).toEqual(drawSample(pop, 0.05, 777).chosenIds);
    expect(drawSample(pop, 0.05, 777).chosenIds).not.toEqual(drawSample(pop, 0.05, 778).chosenIds);
  });

  it('never picks one ticket twice, and picks only from the population', () => {
    const pop = ids(2000);
    const chosen = drawSample(pop, 0.05, 99).chosenIds;
    expect(chosen).toHaveLength(100);
    expect(new Set(chosen).size).toBe(100);
    for (const id of chosen) expect(pop).toContain(id);
  });

  it('stores the seed, the population size and the rate', () => {
    expect(drawSample(ids(3), 0.05, -1)).toMatchObject({ seed: 4294967295, populationSize: 3, rate: 0.05 });
  });

  it('draws nothing from an empty month and the whole of a tiny one at rate 1', () => {
    expect(drawSample([], 0.05, 1).chosenIds).toEqual([]);
    expect(drawSample(ids(4), 1, 1).chosenIds.sort()).toEqual(ids(4));
  });

  it('gives every ticket about the same chance (no position favoured)', () => {
    const hits = new Array(20).fill(0);
    for (let seed = 0; seed < 4000; seed++) for (const p of drawPositions(20, 1, seed)) hits[p]++;
    for (const h of hits) expect(h).toBeGreaterThan(120); // expected 200 each
  });

  it('draws 5 % of 1,000,000 positions in well under a second (O(k), not O(n))', () => {
    const t = performance.now();
    const picks = drawPositions(1_000_000, 50_000, 5);
    expect(new Set(picks).size).toBe(50_000);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('months in Beijing time', () => {
  it('puts 00:30 on 1 November in Beijing into November, whatever the machine TZ', () => {
    expect(monthOf(Date.parse('2026-10-31T16:30:00Z'))).toBe('2026-11');
    expect(monthOf(Date.parse('2026-10-31T15:59:59Z'))).toBe('2026-10');
  });
  it('knows the month before January and real months', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('2026-09')).toBe(true);
  });
});
