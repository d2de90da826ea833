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

/**
 * Seeds `total` stopped and running deadline clocks over the year before `now`, as the referral
 * and legal-aid services leave them (issue 14 §3: the kept-promise counts read them): 3-day
 * answer windows (accepted in time or late, declined, unanswered and overdue), referral time
 * limits (run out, closed with guidance) and green-channel first-aid clocks.
 */
export async function seedReportClocks(store: Store, total: number, now: number): Promise<void> {
  const year = 365 * 86_400_000;
  const batch = 20_000;
  const kinds = [
    { purpose: 'referral.answer.1.unit:court', subjectType: 'referral', state: 'stopped', stopReason: '已受理', onTime: true },
    { purpose: 'referral.answer.1.unit:police-station', subjectType: 'referral', state: 'stopped', stopReason: '已受理', onTime: false, overdue: true },
    { purpose: 'referral.answer.2.unit:court', subjectType: 'referral', state: 'stopped', stopReason: '不予受理', onTime: true },
    { purpose: 'referral.answer.1.unit:court', subjectType: 'referral', state: 'running', overdue: true },
    { purpose: 'referral.due', subjectType: 'referral', state: 'running', overdue: true },
    { purpose: 'referral.due', subjectType: 'referral', state: 'stopped', stopReason: '主任引导通过其他法律途径解决', onTime: true },
    { purpose: 'legalAid.firstAid', subjectType: 'legalAid', state: 'stopped', stopReason: '已联系受援人', onTime: true, tag: 'greenChannel' },
    { purpose: 'legalAid.decide', subjectType: 'legalAid', state: 'stopped', stopReason: '已决定给予法律援助', onTime: true },
  ] as const;
  for (let from = 0; from < total; from += batch) {
    const docs = [];
    for (let i = from; i < Math.min(total, from + batch); i += 1) {
      const k = kinds[i % kinds.length];
      const startedAt = now - year + Math.floor((year * i) / total);
      const subjectId = `bench-${Math.floor(i / kinds.length)}`;
      docs.push({
        _id: `${k.subjectType}:${subjectId}:${k.purpose}:${i}`, subject: `${k.subjectType}:${subjectId}`, subjectType: k.subjectType, subjectId, purpose: k.purpose,
        title: '基准', rule: { kind: 'calendarDays', days: 3 }, warnBefore: { workingDays: 1 }, state: k.state, startedAt, pauses: [],
        dueAt: startedAt + 3 * 86_400_000, warnAt: null, provisional: false, calendarVersion: 'bench', warnedAt: null,
        overdueAt: 'overdue' in k ? startedAt + 3 * 86_400_000 : null, nextCheckAt: null, createdAt: startedAt, updatedAt: startedAt,
        ...('stopReason' in k ? { stopReason: k.stopReason, onTime: k.onTime, stoppedAt: startedAt + 86_400_000 } : {}),
        ...('tag' in k ? { tag: k.tag } : {}),
      });
    }
    await (store as Bulk).insertMany('clocks', docs);
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
