/**
 * Benchmark support for `npm run bench` (issue 14): seeds tickets as the services write them
 * (scripts/bench/seeders/tickets.ts) and times the real report services — the month's statistics
 * ({@link monthlyFigures}, store counts on indexes) and the quarterly Word report.
 */
import type { Store } from '../../../src/server/ports/store';
import { benchTicket } from './tickets';
import { monthlyFigures } from '../../../src/server/reports/figures';
import { majorCases, quarterFigures, quarterNotes } from '../../../src/server/reports/quarterly';
import { quarterlyDocx } from '../../../src/server/reports/docx';
import { quarterRange } from '../../../src/domain/reports/period';
import type { Ctx } from '../../../src/server/core/define';

type Bulk = Store & { insertMany(c: string, d: unknown[]): Promise<void> };

/** Seeds `total` tickets over the year before `now` (or, with `within`, spread evenly over that range). */
export async function seedReportTickets(store: Store, total: number, now: number, within?: { startMs: number; endMs: number }): Promise<void> {
  const batch = 20_000;
  for (let from = 0; from < total; from += batch) {
    const docs = [];
    for (let i = from; i < Math.min(total, from + batch); i += 1) {
      const t = benchTicket(i, now, 20);
      if (within) t.createdAt = within.startMs + Math.floor(((within.endMs - within.startMs - 1) * i) / total);
      docs.push(t);
    }
    await (store as Bulk).insertMany('tickets', docs);
  }
}

/** Median of `runs` timings of the month's statistics; answers the figures too (a sanity check). */
export async function benchMonthly(store: Store, month: string, runs = 5): Promise<{ ms: number; total: number }> {
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    total = (await monthlyFigures(store, month)).total;
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], total };
}

/** Median of `runs` timings of the whole quarterly .docx (figures, cases, notes, rendering). */
export async function benchQuarterDocx(store: Store, quarter: string, now: number, runs = 3): Promise<{ ms: number; bytes: number; total: number }> {
  const ctx = { store, now, actor: { kind: 'system' } } as unknown as Ctx;
  const times: number[] = [];
  let bytes = 0;
  let total = 0;
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    const figures = await quarterFigures(store, quarter);
    const [cases, notes] = await Promise.all([majorCases(ctx, quarter), quarterNotes(store, quarter)]);
    bytes = (await quarterlyDocx(figures, cases, notes, '2026-12-31')).length;
    total = figures.total;
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], bytes, total };
}

export { quarterRange };
