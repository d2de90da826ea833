import type { Doc } from '../ports/store';
import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { loadCalendar } from '../deadlines/calendar-source';
import { toBeijingDate } from '../../domain/beijing';
import { DEFAULT_DUE_RULE, monthlyDueDay, quarterlyDueDay, type ReportDueRule } from '../../domain/reports/due';
import { monthProblem, quarterProblem, monthRange, quarterRange, quarterMonths } from '../../domain/reports/period';
import { submissionState, type SubmissionKind, type SubmissionRow } from '../../domain/reports/submission';

/**
 * Reports on time (rule 十一(五)): the director marks a period's report submitted (with its
 * file's name); the history shows each period's due day and whether it went on time, late, or
 * is missing. Due days come from the admin-set rule and the working-day calendar.
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
  [k: string]: unknown;
}

const SETTINGS_ID = 'settings';

/** The admin-set due rule (default: 5th / 10th working day). */
export async function dueRule(ctx: Pick<Ctx, 'store'>): Promise<ReportDueRule> {
  const doc = await ctx.store.get<ReportDueRule & Doc>('reportNotes', SETTINGS_ID);
  return doc ? { monthlyWorkingDays: doc.monthlyWorkingDays, quarterlyWorkingDays: doc.quarterlyWorkingDays } : DEFAULT_DUE_RULE;
}

/** @example await updateDueRule(ctx, { monthlyWorkingDays: 3, quarterlyWorkingDays: 10 }) */
export async function updateDueRule(ctx: Ctx, rule: ReportDueRule): Promise<ReportDueRule> {
  await ctx.store.put('reportNotes', { _id: SETTINGS_ID, ...rule, updatedAt: ctx.now });
  return rule;
}

/**
 * Marks a report submitted; the same period again answers the first record (a double tap or a
 * retry records nothing twice). A period that has not ended yet cannot be submitted.
 *
 * @example await markSubmitted(ctx, { kind: 'monthly', period: '2026-10', fileName: '2026年10月统计.xlsx', requestId: 'r-12345678' })
 */
export async function markSubmitted(ctx: Ctx, input: { kind: SubmissionKind; period: string; fileName: string; requestId: string }): Promise<SubmissionRow> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有站长可以登记报送');
  const today = toBeijingDate(ctx.now);
  const problem = input.kind === 'monthly' ? (/-Q/.test(input.period) ? '月报请选择月份（例如 2026-11）' : monthProblem(input.period, today))
    : (/-Q/.test(input.period) ? quarterProblem(input.period, today) : '季报请选择季度（例如 2026-Q4）');
  if (problem) throw new AppError('VALIDATION', `「报送期」${problem}`, 'period');
  const end = input.kind === 'monthly' ? monthRange(input.period).endMs : quarterRange(input.period).endMs;
  if (end > ctx.now) throw new AppError('VALIDATION', '「报送期」还没有结束，结束后才能报送', 'period');
  const id = `sub:${input.kind}:${input.period}`;
  const by = { staffId: ctx.actor.staffId, name: ctx.actor.name };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('reportSubmissions', id)) return;
    await tx.create('reportSubmissions', { _id: id, kind: input.kind, period: input.period, fileName: input.fileName, submittedAt: ctx.now, submittedDay: today, by, requestId: input.requestId });
  });
  const [row] = (await history(ctx, Number(input.period.slice(0, 4)))).filter((r) => r.kind === input.kind && r.period === input.period);
  return row;
}

/**
 * Every monthly and quarterly report of `year` whose period has ended, with its due day and state.
 * @example (await history(ctx, 2026)).filter((r) => r.state === 'missing')
 */
export async function history(ctx: Ctx, year: number): Promise<SubmissionRow[]> {
  const [calendar, rule, subs] = await Promise.all([
    loadCalendar(ctx.store), dueRule(ctx),
    ctx.store.find<SubmissionDoc>('reportSubmissions', { where: { period: { $gte: `${year}`, $lt: `${year + 1}` } }, limit: 100 }),
  ]);
  const byId = new Map(subs.map((s) => [s._id, s]));
  const today = toBeijingDate(ctx.now);
  const rows: SubmissionRow[] = [];
  const add = (kind: SubmissionKind, period: string, dueDay: string, endDay: string) => {
    if (endDay >= today) return;
    const s = byId.get(`sub:${kind}:${period}`);
    rows.push({ kind, period, dueDay, submittedDay: s?.submittedDay ?? null, fileName: s?.fileName ?? null, by: s?.by.name ?? null, state: submissionState(dueDay, s?.submittedDay ?? null, today) });
  };
  for (let q = 1; q <= 4; q += 1) {
    const quarter = `${year}-Q${q}`;
    for (const month of quarterMonths(quarter)) add('monthly', month, monthlyDueDay(month, calendar, rule), monthRange(month).last);
    add('quarterly', quarter, quarterlyDueDay(quarter, calendar, rule), quarterRange(quarter).last);
  }
  return rows;
}
