import type { Doc, Filter, Store } from '../ports/store';
import type { Actor } from '../ports/identity';
import { mayActor } from '../core/matter-access';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { CHANNELS, COMPLAINT_SCOPES, TICKET_TYPES } from '../../shared/tickets';
import type { MonthlyFigures, QuarterNotes, MajorCase } from '../../shared/reports';
import { previousQuarter, quarterMonths, quarterRange, type PeriodRange } from '../../domain/reports/period';
import { changeOf, shareOf, type Change } from '../../domain/reports/due';
import { monthlyFigures, periodTotals } from './figures';
import { partiesOf } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import type { LegalAidDoc } from '../legal-aid/types';
import { toBeijingDate } from '../../domain/beijing';
import type { ClockDoc } from '../deadlines/clock-doc';
import type { ReferralDoc } from '../referrals/types';
import { matterOfReferral, partiesOfReferral } from '../referrals/parties';
import { preview } from '../tickets/views';
import { ANSWER_PURPOSES, REFERRAL_DUE, STOP_REASONS } from './promise-figures';

/**
 * The quarterly analysis (rule 十一(三)(四)): the three months' figures summed (the months
 * partition the quarter, so the sums are exact), the trend against the previous quarter, the
 * major and complex cases, and the director's stored analysis and 整改 items.
 */
export interface QuarterFigures {
  quarter: string;
  months: MonthlyFigures[];
  total: number;
  byType: Record<string, number>;
  byChannel: Record<string, number>;
  onTime: { closed: number; onTime: number; late: number; rate: number | null };
  complaintsByScope: Record<string, number>;
  majorComplaints: number;
  ratings: { satisfied: number; basic: number; unsatisfied: number };
  callbacks: { done: number; owed: number };
  legalAid: { applied: number; granted: number; denied: number; terminated: number };
  homeVisits: number;
  referrals: MonthlyFigures['referrals'];
  failedReferrals: MonthlyFigures['failedReferrals'];
  greenChannel: MonthlyFigures['greenChannel'];
  previous: { quarter: string; total: number; change: Change };
}

const add = (a: Record<string, number>, b: Record<string, number>) => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};
const sumOf = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

/** The months' kept promises summed (the months partition the quarter), rates computed again. */
function promisesOf(months: MonthlyFigures[]): Pick<QuarterFigures, 'referrals' | 'failedReferrals' | 'greenChannel'> {
  const r = (k: keyof Omit<MonthlyFigures['referrals'], 'rate'>) => sumOf(months, (m) => m.referrals[k]);
  const f = (k: keyof MonthlyFigures['failedReferrals']) => sumOf(months, (m) => m.failedReferrals[k]);
  const g = (k: keyof Omit<MonthlyFigures['greenChannel'], 'rate'>) => sumOf(months, (m) => m.greenChannel[k]);
  const settled = r('acceptedOnTime') + r('acceptedLate') + r('declined') + r('unansweredLate');
  return {
    referrals: { referred: r('referred'), acceptedOnTime: r('acceptedOnTime'), acceptedLate: r('acceptedLate'), declined: r('declined'), unansweredLate: r('unansweredLate'), rate: shareOf(r('acceptedOnTime'), settled) },
    failedReferrals: { declined: f('declined'), overdue: f('overdue'), closedWithGuidance: f('closedWithGuidance'), total: f('total') },
    greenChannel: { applied: g('applied'), sameDay: g('sameDay'), late: g('late'), rate: shareOf(g('sameDay'), g('sameDay') + g('late')) },
  };
}

/** @example (await quarterFigures(store, '2026-Q4')).months.map((m) => m.month) // ['2026-10', '2026-11', '2026-12'] */
export async function quarterFigures(store: Store, quarter: string): Promise<QuarterFigures> {
  const prev = previousQuarter(quarter);
  const [months, before] = await Promise.all([
    Promise.all(quarterMonths(quarter).map((m) => monthlyFigures(store, m))),
    periodTotals(store, quarterRange(prev)),
  ]);
  const total = sumOf(months, (m) => m.total);
  const onTime = sumOf(months, (m) => m.onTime.onTime);
  const late = sumOf(months, (m) => m.onTime.late);
  return {
    quarter,
    months,
    total,
    byType: months.reduce((acc, m) => add(acc, m.byType), {} as Record<string, number>),
    byChannel: months.reduce((acc, m) => add(acc, m.byChannel), {} as Record<string, number>),
    onTime: { closed: onTime + late, onTime, late, rate: shareOf(onTime, onTime + late) },
    complaintsByScope: months.reduce((acc, m) => add(acc, m.complaintsByScope), {} as Record<string, number>),
    majorComplaints: sumOf(months, (m) => m.majorComplaints),
    ratings: { satisfied: sumOf(months, (m) => m.ratings.satisfied), basic: sumOf(months, (m) => m.ratings.basic), unsatisfied: sumOf(months, (m) => m.ratings.unsatisfied) },
    callbacks: { done: sumOf(months, (m) => m.callbacks.done), owed: sumOf(months, (m) => m.callbacks.owed) },
    legalAid: {
      applied: sumOf(months, (m) => m.legalAid.applied), granted: sumOf(months, (m) => m.legalAid.granted),
      denied: sumOf(months, (m) => m.legalAid.denied), terminated: sumOf(months, (m) => m.legalAid.terminated),
    },
    homeVisits: sumOf(months, (m) => m.homeVisits),
    ...promisesOf(months),
    previous: { quarter: prev, total: before.total, change: changeOf(total, before.total) },
  };
}

/** At most this many cases per kind in the report (the rest are counted). */
const CASE_LIMIT = 200;
const within = (r: PeriodRange) => ({ $gte: r.startMs, $lt: r.endMs });

function ticketCase(actor: Actor, t: TicketDoc, kind: MajorCase['kind'], why: string): MajorCase {
  const seen = mayActor(actor, partiesOf(t), 'see');
  return {
    kind, id: t._id, date: toBeijingDate(t.createdAt), category: TICKET_TYPES[t.type] ?? t.type,
    summary: seen ? `${why}${t.content.slice(0, 80)}` : '（涉及本人的投诉，由管理员报送，不予显示）',
    handler: seen ? t.assignee?.name ?? t.firstResponder?.name ?? '' : '', status: t.closure ? '已办结' : '办理中',
  };
}

const REFERRAL_KINDS: Array<[MajorCase['kind'], Filter, string]> = [
  ['referralDeclined', { purpose: ANSWER_PURPOSES, stopReason: STOP_REASONS.declined }, '承办单位不予受理：'],
  ['referralOverdue', { purpose: REFERRAL_DUE, overdueAt: { $gt: 0 } }, '超过交办时限：'],
  ['referralGuidance', { purpose: REFERRAL_DUE, stopReason: STOP_REASONS.guidance }, '引导通过其他途径解决：'],
];

/**
 * The failed referrals of the quarter (rule 七, 十一(三)): declined by a unit, over their time
 * limit, closed with guidance — found by their clocks (the kept-promise indexes), the referrals
 * read by id. A referral made from a complaint about the caller is listed without its content.
 */
async function referralCases(ctx: Ctx, range: PeriodRange): Promise<MajorCase[]> {
  const found = await Promise.all(REFERRAL_KINDS.map(([, where]) => ctx.store.find<ClockDoc>('clocks', {
    where: { ...where, startedAt: { $gte: range.startMs, $lt: range.endMs } }, orderBy: [['startedAt', 'asc']], limit: CASE_LIMIT,
  })));
  const ids = [...new Set(found.flat().map((c) => c.subjectId))];
  const docs = ids.length ? await ctx.store.find<ReferralDoc>('referrals', { where: { _id: { $in: ids } }, limit: ids.length }) : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  const out: MajorCase[] = [];
  for (const [i, [kind, , why]] of REFERRAL_KINDS.entries()) {
    for (const clock of found[i]) {
      const r = byId.get(clock.subjectId);
      if (!r) continue;
      const seen = mayActor(ctx.actor, partiesOfReferral(r, await matterOfReferral(ctx.store, r)), 'see');
      const unit = kind === 'referralDeclined' ? r.units.find((u) => clock.purpose.endsWith(`.${u.unitId}`)) : r.units.find((u) => u.lead);
      out.push({
        kind, id: r._id, date: toBeijingDate(clock.startedAt), category: '分流交办',
        summary: seen ? `${why}${unit ? `${unit.name}；` : ''}${preview(r.content, 60)}${kind === 'referralDeclined' && unit?.answer?.reason ? `（理由：${unit.answer.reason}）` : ''}` : '（涉及本人的投诉，由管理员报送，不予显示）',
        handler: seen ? r.createdBy.name : '', status: r.status === 'closed' ? '已办结' : '办理中',
      });
    }
  }
  return out;
}

/**
 * The major and complex cases of the quarter (rule 十一(三)): major complaints, legal aid denied
 * or terminated, referrals that failed, and matters that ran over their time. Complaints about
 * the caller are listed without their content (the one access rule).
 *
 * @example (await majorCases(ctx, '2026-Q4')).map((c) => c.kind) // ['majorComplaint', 'legalAidDenied', …]
 */
export async function majorCases(ctx: Ctx, quarter: string): Promise<MajorCase[]> {
  const range = quarterRange(quarter);
  const [major, late, denied, terminated, referred] = await Promise.all([
    ctx.store.find<TicketDoc>('tickets', { where: { type: 'complaint', createdAt: within(range), 'complaint.major.at': { $gt: 0 } }, orderBy: [['createdAt', 'asc']], limit: CASE_LIMIT }),
    ctx.store.find<TicketDoc>('tickets', { where: { 'closure.onTime': false, createdAt: within(range) }, orderBy: [['createdAt', 'asc']], limit: CASE_LIMIT }),
    ctx.store.find<LegalAidDoc>('legalAidApplications', { where: { 'decision.grant': false, receivedAt: within(range) }, orderBy: [['receivedAt', 'asc']], limit: CASE_LIMIT }),
    ctx.store.find<LegalAidDoc>('legalAidApplications', { where: { status: 'terminated', receivedAt: within(range) }, orderBy: [['receivedAt', 'asc']], limit: CASE_LIMIT }),
    referralCases(ctx, range),
  ]);
  const aid = (a: LegalAidDoc, kind: MajorCase['kind'], why: string): MajorCase => ({
    kind, id: a._id, date: toBeijingDate(a.receivedAt), category: '法律援助', summary: `${why}${a.matter?.summary?.slice(0, 80) ?? ''}`,
    handler: a.decision?.by?.name ?? a.firstResponder?.name ?? '', status: why.replace(/：$/, ''),
  });
  return [
    ...major.map((t) => ticketCase(ctx.actor, t, 'majorComplaint', `重大投诉（${t.complaint ? COMPLAINT_SCOPES[t.complaint.scope] : ''}）：`)),
    ...denied.map((a) => aid(a, 'legalAidDenied', '不予法律援助：')),
    ...terminated.map((a) => aid(a, 'legalAidTerminated', '终止法律援助：')),
    ...referred,
    ...late.map((t) => ticketCase(ctx.actor, t, 'overdue', '超过办理时限：')),
  ];
}

const notesId = (quarter: string) => `notes:${quarter}`;

/** The director's stored analysis and 整改 items of a quarter (empty until written). */
export async function quarterNotes(store: Store, quarter: string): Promise<QuarterNotes> {
  const doc = await store.get<QuarterNotes & Doc>('reportNotes', notesId(quarter));
  return doc ? { quarter, analysis: doc.analysis, items: doc.items, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy } : { quarter, analysis: '', items: [], updatedAt: null, updatedBy: null };
}

/**
 * Saves the director's analysis and 整改 items (the whole list replaces the stored one).
 * @example await saveQuarterNotes(ctx, { quarter: '2026-Q4', analysis: '…', items: [{ item: '…', owner: '…', dueDate: '2027-01-31', done: false }] })
 */
export async function saveQuarterNotes(ctx: Ctx, input: { quarter: string; analysis: string; items: QuarterNotes['items'] }): Promise<QuarterNotes> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有站长和管理员可以填写季度分析');
  const by = ctx.actor.name;
  const doc = { _id: notesId(input.quarter), quarter: input.quarter, analysis: input.analysis, items: input.items, updatedAt: ctx.now, updatedBy: by };
  await ctx.store.put('reportNotes', doc);
  return { quarter: input.quarter, analysis: doc.analysis, items: doc.items, updatedAt: ctx.now, updatedBy: by };
}

/** The three most frequent types with their shares, for the features paragraph. */
export function topTypes(q: Pick<QuarterFigures, 'byType' | 'total'>): Array<{ type: string; label: string; count: number; share: number | null }> {
  return Object.entries(q.byType)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([type, count]) => ({ type, label: TICKET_TYPES[type as keyof typeof TICKET_TYPES] ?? type, count, share: shareOf(count, q.total) }));
}

/** The busiest channel's words. */
export function topChannel(q: Pick<QuarterFigures, 'byChannel'>): string | null {
  const [k, n] = Object.entries(q.byChannel).sort((a, b) => b[1] - a[1])[0] ?? [];
  return k && n ? CHANNELS[k as keyof typeof CHANNELS] : null;
}
