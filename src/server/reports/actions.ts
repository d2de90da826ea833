import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { toBeijingDate } from '../../domain/beijing';
import { dayProblem, monthProblem, quarterProblem } from '../../domain/reports/period';
import { MIME, type DailyRegister, type FileAnswer, type MonthlyFigures, type QuarterNotes } from '../../shared/reports';
import type { CallbackDetail } from '../../shared/reports';
import { dailyRegister } from './register';
import { monthlyFigures } from './figures';
import { majorCases, quarterFigures, quarterNotes, saveQuarterNotes } from './quarterly';
import { monthlyXlsx, quarterlyXlsx, registerXlsx } from './xlsx';
import { quarterlyDocx } from './docx';
import { callbackRows, callbackXlsx } from './callback-table';
import { keepFile } from './files';

/**
 * The `reports` use cases (issue 14): each checks its period against today (VALIDATION, nothing
 * written), computes, and for files stores the bytes for the caller (src/server/reports/files.ts).
 */

const today = (ctx: Ctx) => toBeijingDate(ctx.now);
function check(problem: string | null, label: string, field: string): void {
  if (problem) throw new AppError('VALIDATION', `「${label}」${problem}`, field);
}

/** @example await registerOf(ctx, { date: '2026-11-26' }) */
export async function registerOf(ctx: Ctx, input: { date: string }): Promise<DailyRegister> {
  check(dayProblem(input.date, today(ctx)), '日期', 'date');
  return dailyRegister(ctx, input);
}

/** @example await registerFile(ctx, { date: '2026-11-26' }) // { file: { name: '来访来电登记表_2026-11-26.xlsx', … } } */
export async function registerFile(ctx: Ctx, input: { date: string }): Promise<FileAnswer> {
  const reg = await registerOf(ctx, input);
  return keepFile(ctx, `来访来电登记表_${input.date}.xlsx`, MIME.xlsx, await registerXlsx(reg));
}

/** @example (await monthlyOf(ctx, { month: '2026-11' })).total */
export async function monthlyOf(ctx: Ctx, input: { month: string }): Promise<MonthlyFigures> {
  check(monthProblem(input.month, today(ctx)), '月份', 'month');
  return monthlyFigures(ctx.store, input.month);
}

/** @example await monthlyFile(ctx, { month: '2026-11' }) */
export async function monthlyFile(ctx: Ctx, input: { month: string }): Promise<FileAnswer> {
  const f = await monthlyOf(ctx, input);
  return keepFile(ctx, `月度统计_${input.month}.xlsx`, MIME.xlsx, await monthlyXlsx(f));
}

/** @example await quarterlyReport(ctx, { quarter: '2026-Q4', format: 'docx' }) */
export async function quarterlyReport(ctx: Ctx, input: { quarter: string; format: 'docx' | 'xlsx' }): Promise<FileAnswer> {
  check(quarterProblem(input.quarter, today(ctx)), '季度', 'quarter');
  const [figures, cases] = await Promise.all([quarterFigures(ctx.store, input.quarter), majorCases(ctx, input.quarter)]);
  if (input.format === 'xlsx') return keepFile(ctx, `季度统计_${input.quarter}.xlsx`, MIME.xlsx, await quarterlyXlsx(figures, cases));
  const notes = await quarterNotes(ctx.store, input.quarter);
  return keepFile(ctx, `季度分析报告_${input.quarter}.docx`, MIME.docx, await quarterlyDocx(figures, cases, notes, today(ctx)));
}

/** @example await notesOf(ctx, { quarter: '2026-Q4' }) */
export async function notesOf(ctx: Ctx, input: { quarter: string }): Promise<QuarterNotes> {
  check(quarterProblem(input.quarter, today(ctx)), '季度', 'quarter');
  return quarterNotes(ctx.store, input.quarter);
}

/** @example await saveNotes(ctx, { quarter: '2026-Q4', analysis: '…', items: [] }) */
export async function saveNotes(ctx: Ctx, input: { quarter: string; analysis: string; items: QuarterNotes['items'] }): Promise<QuarterNotes> {
  check(quarterProblem(input.quarter, today(ctx)), '季度', 'quarter');
  return saveQuarterNotes(ctx, input);
}

/** @example await callbackTable(ctx, { month: '2026-11' }) */
export async function callbackTable(ctx: Ctx, input: { month: string }): Promise<FileAnswer> {
  check(monthProblem(input.month, today(ctx)), '月份', 'month');
  const rows = await callbackRows(ctx.store, input.month, ctx.actor);
  return keepFile(ctx, `回访明细_${input.month}.xlsx`, MIME.xlsx, await callbackXlsx(input.month, rows));
}

/**
 * The same callbacks as {@link callbackTable}, as rows for the page (the phone shows them as cards).
 * @example (await callbackDetail(ctx, { month: '2026-11' })).rows[0].satisfiedNow // '满意'
 */
export async function callbackDetail(ctx: Ctx, input: { month: string }): Promise<CallbackDetail> {
  check(monthProblem(input.month, today(ctx)), '月份', 'month');
  return { month: input.month, rows: await callbackRows(ctx.store, input.month, ctx.actor) };
}
