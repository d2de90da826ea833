import type { Doc } from '../ports/store';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { auditActor, auditEvent, appendAudit } from '../content/audit';
import { loadCalendar } from '../deadlines/calendar-source';
import { stopClock, type ClockDoc } from '../deadlines';
import { toBeijingDate } from '../../domain/beijing';
import { DEFAULT_DUE_RULE, monthlyDueDay, quarterlyDueDay, type ReportDueRule } from '../../domain/reports/due';
import { monthProblem, quarterProblem, monthRange, quarterRange, quarterMonths } from '../../domain/reports/period';
import { submissionState, submissionStateAt, type SubmissionKind } from '../../domain/reports/submission';
import type { StoredSubmissionFile, SubmissionRow } from '../../shared/reports';
import { ensureReportClock, redateReportClocks, reportClockId } from './report-clocks';
import { keepSubmittedFile, placeSubmittedFile, submittedBytes, type SubmissionFileDoc, type SubmittedFileInput } from './submitted-file';

/**
 * Reports on time (rule 十一(五)): the director marks a period's report submitted (with its
 * file); the history shows each period's due time — read from its stored deadline clock
 * (src/server/reports/report-clocks.ts) — and whether it went on time, late, or is missing.
 */
interface SubmissionDoc {
  _id: string;
  kind: SubmissionKind;
  period: string;
  fileName: string;
  submittedAt: number;
  submittedDay: string;
  by: { staffId: string; name: string };
  requestId: string;
  file?: StoredSubmissionFile | null;
  [k: string]: unknown;
}

const SETTINGS_ID = 'settings';

/** The admin-set due rule (default: 5th / 10th working day). */
export async function dueRule(ctx: Pick<Ctx, 'store'>): Promise<ReportDueRule> {
  const doc = await ctx.store.get<ReportDueRule & Doc>('reportNotes', SETTINGS_ID);
  return doc ? { monthlyWorkingDays: doc.monthlyWorkingDays, quarterlyWorkingDays: doc.quarterlyWorkingDays } : DEFAULT_DUE_RULE;
}

/**
 * Sets the due rule (audited) and re-dates every open report clock to it (each audited).
 * @example await updateDueRule(ctx, { monthlyWorkingDays: 3, quarterlyWorkingDays: 10 })
 */
export async function updateDueRule(ctx: Ctx, rule: ReportDueRule): Promise<ReportDueRule> {
  const before = await dueRule(ctx);
  await ctx.store.transaction(async (tx) => {
    await tx.put('reportNotes', { _id: SETTINGS_ID, ...rule, updatedAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: 'reports:dueSettings', action: 'reports.dueSettings', from: before, to: rule, why: '调整报表报送期限' }));
  });
  await redateReportClocks(ctx.store, await loadCalendar(ctx.store), rule, ctx.now, auditActor(ctx.actor));
  return rule;
}

function periodProblem(kind: SubmissionKind, period: string, today: string): string | null {
  if (kind === 'monthly') return /-Q/.test(period) ? '月报请选择月份（例如 2026-11）' : monthProblem(period, today);
  return /-Q/.test(period) ? quarterProblem(period, today) : '季报请选择季度（例如 2026-Q4）';
}

/**
 * Marks a report submitted, keeping its file (a generated one by `fileId`, or an upload), and
 * stops the period's clock — all in one transaction. The same period again answers the first
 * record (a double tap or a retry records nothing twice). A period that has not ended yet cannot
 * be submitted.
 *
 * @example await markSubmitted(ctx, { kind: 'monthly', period: '2026-10', fileName: '2026年10月统计.xlsx', requestId: 'r-12345678', fileId: 'rpt_…' })
 */
export async function markSubmitted(ctx: Ctx, input: { kind: SubmissionKind; period: string; fileName: string; requestId: string } & SubmittedFileInput): Promise<SubmissionRow> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有站长可以登记报送');
  const today = toBeijingDate(ctx.now);
  const problem = periodProblem(input.kind, input.period, today);
  if (problem) throw new AppError('VALIDATION', `「报送期」${problem}`, 'period');
  const end = input.kind === 'monthly' ? monthRange(input.period).endMs : quarterRange(input.period).endMs;
  if (end > ctx.now) throw new AppError('VALIDATION', '「报送期」还没有结束，结束后才能报送', 'period');
  const id = `sub:${input.kind}:${input.period}`;
  const by = { staffId: ctx.actor.staffId, name: ctx.actor.name };
  const [calendar, rule] = await Promise.all([loadCalendar(ctx.store), dueRule(ctx)]);
  const already = await ctx.store.get('reportSubmissions', id);
  const bytes = already ? null : await submittedBytes(ctx, input);
  const placed = bytes ? await placeSubmittedFile(ctx, id, bytes) : null;
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('reportSubmissions', id)) return;
    const clock = await ensureReportClock(tx, input.kind, input.period, rule, calendar);
    if (clock.state !== 'stopped') {
      const stopped = await stopClock(tx, clock._id, ctx.now, '已报送');
      if (!stopped.ok) throw new AppError(stopped.error.code, stopped.error.message);
    }
    const file = bytes && placed ? await keepSubmittedFile(tx, id, bytes, placed, by, ctx.now) : null;
    await tx.create('reportSubmissions', { _id: id, kind: input.kind, period: input.period, fileName: input.fileName, submittedAt: ctx.now, submittedDay: today, by, requestId: input.requestId, file });
  });
  const [row] = (await history(ctx, Number(input.period.slice(0, 4)))).filter((r) => r.kind === input.kind && r.period === input.period);
  return row;
}

/**
 * Every monthly and quarterly report of `year` whose period has ended, with its due time and
 * state from its stored clock (by id: 16 at most). A period without a clock (it ended before the
 * clocks were kept and was never submitted) is judged on the computed due day.
 *
 * @example (await history(ctx, 2026)).filter((r) => r.state === 'missing')
 */
export async function history(ctx: Ctx, year: number): Promise<SubmissionRow[]> {
  const today = toBeijingDate(ctx.now);
  const periods: Array<[SubmissionKind, string, string]> = [];
  for (let q = 1; q <= 4; q += 1) {
    const quarter = `${year}-Q${q}`;
    for (const month of quarterMonths(quarter)) periods.push(['monthly', month, monthRange(month).last]);
    periods.push(['quarterly', quarter, quarterRange(quarter).last]);
  }
  const ended = periods.filter(([, , last]) => last < today);
  const [calendar, rule, subs, clocks] = await Promise.all([
    loadCalendar(ctx.store), dueRule(ctx),
    ctx.store.find<SubmissionDoc>('reportSubmissions', { where: { period: { $gte: `${year}`, $lt: `${year + 1}` } }, limit: 100 }),
    ended.length ? ctx.store.find<ClockDoc>('clocks', { where: { _id: { $in: ended.map(([k, p]) => reportClockId(k, p)) } }, limit: 100 }) : Promise.resolve([]),
  ]);
  const subById = new Map(subs.map((s) => [s._id, s]));
  const clockById = new Map(clocks.map((c) => [c._id, c]));
  return ended.map(([kind, period]): SubmissionRow => {
    const s = subById.get(`sub:${kind}:${period}`);
    const clock = clockById.get(reportClockId(kind, period));
    const dueAt = clock?.dueAt ?? null;
    const dueDay = dueAt !== null ? toBeijingDate(dueAt) : kind === 'monthly' ? monthlyDueDay(period, calendar, rule) : quarterlyDueDay(period, calendar, rule);
    const state = dueAt !== null ? submissionStateAt(dueAt, s?.submittedAt ?? null, ctx.now) : submissionState(dueDay, s?.submittedDay ?? null, today);
    return {
      kind, period, dueDay, dueAt, submittedDay: s?.submittedDay ?? null, submittedAt: s?.submittedAt ?? null,
      fileName: s?.fileName ?? null, by: s?.by.name ?? null, state, file: s?.file ?? null,
    };
  });
}

export type { SubmissionFileDoc };
