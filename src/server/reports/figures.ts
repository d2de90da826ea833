import type { Filter, Store } from '../ports/store';
import { CHANNELS, COMPLAINT_SCOPES, TICKET_STATUSES, TICKET_TYPES } from '../../shared/tickets';
import type { Compared, MonthlyFigures } from '../../shared/reports';
import { monthRange, previousMonth, sameMonthLastYear, type PeriodRange } from '../../domain/reports/period';
import { changeOf, shareOf } from '../../domain/reports/due';
import type { TallyDoc } from '../ratings/docs';
import { greenChannelFigures, referralFigures } from './promise-figures';

/**
 * The month's statistics (rule 十一(二)), exact over every stored matter and cheap: every figure
 * is a store `count` on an indexed field (src/server/store/collections.ts, issue 14), the ratings
 * come from the running tallies kept with each rating (a few documents per month). Nothing loads
 * the month's matters into memory.
 */

const TYPES = Object.keys(TICKET_TYPES);
const CHANNEL_KEYS = Object.keys(CHANNELS);
const STATUSES = Object.keys(TICKET_STATUSES);
/** Counts run this many at a time (CloudBase: one HTTP request each). */
const PARALLEL = 24;

/** Runs `jobs` at most PARALLEL at a time, answers in order. */
async function inBatches<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += PARALLEL) out.push(...(await Promise.all(jobs.slice(i, i + PARALLEL).map((j) => j()))));
  return out;
}

const within = (r: PeriodRange) => ({ $gte: r.startMs, $lt: r.endMs });

/**
 * type × channel × status counts of the tickets received in `range` (index type, channel, status, createdAt).
 * @example await crossCounts(store, monthRange('2026-11')) // [{ type: 'consultation', channel: 'phone', status: 'closed', count: 3 }, …]
 */
export async function crossCounts(store: Store, range: PeriodRange): Promise<MonthlyFigures['cross']> {
  const cells: Array<{ type: string; channel: string; status: string }> = [];
  for (const type of TYPES) for (const channel of CHANNEL_KEYS) for (const status of STATUSES) cells.push({ type, channel, status });
  const counts = await inBatches(cells.map((c) => () => store.count('tickets', { ...c, createdAt: within(range) })));
  return cells.map((c, i) => ({ ...c, count: counts[i] })).filter((c) => c.count > 0);
}

/** Sums the cells by one of their keys, every key present (zeros included). */
function sumBy(cross: MonthlyFigures['cross'], key: 'type' | 'channel' | 'status', keys: string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const c of cross) out[c[key]] += c.count;
  return out;
}

/** The totals of a period: total, by type, by channel, by status. @example (await periodTotals(store, monthRange('2026-11'))).total */
export async function periodTotals(store: Store, range: PeriodRange) {
  const cross = await crossCounts(store, range);
  return {
    cross,
    total: cross.reduce((n, c) => n + c.count, 0),
    byType: sumBy(cross, 'type', TYPES),
    byChannel: sumBy(cross, 'channel', CHANNEL_KEYS),
    byOutcome: sumBy(cross, 'status', STATUSES),
  };
}

/** Counts one filter per key. */
async function countEach(store: Store, collection: string, keys: string[], where: (k: string) => Filter): Promise<Record<string, number>> {
  const counts = await inBatches(keys.map((k) => () => store.count(collection, where(k))));
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]]));
}

/** The month's ratings from the tallies (rule 十二: 满意 / 基本满意 / 不满意). */
async function ratingCounts(store: Store, month: string): Promise<MonthlyFigures['ratings']> {
  const tallies = await store.find<TallyDoc>('ratingTallies', { where: { month }, limit: 1000 });
  const sum = { satisfied: 0, basic: 0, unsatisfied: 0 };
  for (const t of tallies) for (const level of ['satisfied', 'basic', 'unsatisfied'] as const) sum[level] += t.ratings?.[level] ?? 0;
  const all = sum.satisfied + sum.basic + sum.unsatisfied;
  return { ...sum, shares: { satisfied: shareOf(sum.satisfied, all), basic: shareOf(sum.basic, all), unsatisfied: shareOf(sum.unsatisfied, all) } };
}

function compared(current: { total: number; byType: Record<string, number> }, base: { total: number; byType: Record<string, number> }) {
  const byType: Record<string, Compared> = {};
  for (const t of TYPES) byType[t] = changeOf(current.byType[t] ?? 0, base.byType[t] ?? 0);
  return { total: changeOf(current.total, base.total), byType };
}

/**
 * Every figure of the month, with 环比 and 同比.
 * @example const f = await monthlyFigures(store, '2026-11'); f.byType.consultation // 12
 */
export async function monthlyFigures(store: Store, month: string): Promise<MonthlyFigures> {
  const range = monthRange(month);
  const prev = previousMonth(month);
  const lastYear = sameMonthLastYear(month);
  const [now, before, yearAgo] = await Promise.all([periodTotals(store, range), periodTotals(store, monthRange(prev)), periodTotals(store, monthRange(lastYear))]);
  const c = (collection: string, where: Filter) => store.count(collection, where);
  const created = within(range);
  const [onTime, late, complaintsByScope, majorComplaints, ratings, callbacksDone, callbacksOwed, applied, granted, denied, terminated, homeVisits, bookings, referred, green] = await Promise.all([
    c('tickets', { 'closure.onTime': true, createdAt: created }),
    c('tickets', { 'closure.onTime': false, createdAt: created }),
    countEach(store, 'tickets', Object.keys(COMPLAINT_SCOPES), (scope) => ({ 'complaint.scope': scope, createdAt: created })),
    c('tickets', { type: 'complaint', createdAt: created, 'complaint.major.at': { $gt: 0 } }),
    ratingCounts(store, month),
    c('callbackTasks', { month, status: 'done' }),
    c('callbackTasks', { month, status: 'open' }),
    c('legalAidApplications', { receivedAt: created }),
    c('legalAidApplications', { 'decision.grant': true, receivedAt: created }),
    c('legalAidApplications', { 'decision.grant': false, receivedAt: created }),
    c('legalAidApplications', { status: 'terminated', receivedAt: created }),
    c('appointments', { kind: 'homeVisit', createdAt: created }),
    c('appointments', { kind: 'office', createdAt: created }),
    referralFigures(store, range),
    greenChannelFigures(store, range),
  ]);
  const closed = onTime + late;
  return {
    month,
    total: now.total,
    byType: now.byType,
    byChannel: now.byChannel,
    byOutcome: now.byOutcome,
    cross: now.cross,
    onTime: { closed, onTime, late, rate: shareOf(onTime, closed) },
    complaintsByScope,
    majorComplaints,
    ratings,
    callbacks: { done: callbacksDone, owed: callbacksOwed },
    legalAid: { applied, granted, denied, terminated },
    homeVisits,
    bookings,
    ...referred,
    ...green,
    compare: {
      previousMonth: { month: prev, ...compared(now, before) },
      sameMonthLastYear: { month: lastYear, ...compared(now, yearAgo) },
    },
    notes: [
      '限时办结按本月受理、已办结的事项统计（答复期限 5 个工作日；投诉答复期限 5 个工作日）。',
      '分流交办按每个承办单位的 3 日答复期统计（本月交办的）；绿色通道以援助当天开始为「五个当天」办结。',
    ],
  };
}
