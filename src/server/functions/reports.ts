import { action, defineFunction } from '../core/define';
import * as s from '../reports/schemas';
import { callbackDetail, callbackTable, monthlyFile, monthlyOf, notesOf, quarterlyReport, registerFile, registerOf, saveNotes } from '../reports/actions';
import { dueRule, history, markSubmitted, updateDueRule } from '../reports/submissions';
import { dashboard } from '../reports/dashboard';
import { fileBytes } from '../reports/files';
import { submittedFile } from '../reports/submitted-file';

const leaders = ['director', 'admin'] as const;

/**
 * `reports` (issue 14): 分析研判 — the daily register, the month's statistics, the quarterly
 * analysis report, the per-callback table, and reports on time (rules 十一, 十二(八)). Every
 * action, its payload, result, access and errors are in src/shared/reports.ts (the contract).
 * Window staff may read the daily register only; residents and unit liaisons are refused.
 *
 * @example
 * await invoke(reports, { action: 'monthly', month: '2026-11' }, { openid: 'demo-director' }, runtime)
 */
export const reports = defineFunction('reports', {
  dashboard: action({ access: leaders, input: s.emptyInput, run: (ctx) => dashboard(ctx) }),
  file: action({ access: 'staff', input: s.fileInput, run: (ctx, input) => fileBytes(ctx, input) }),
  dailyRegister: action({ access: 'staff', input: s.dateInput, run: (ctx, input) => registerOf(ctx, input) }),
  dailyRegisterXlsx: action({ access: 'staff', input: s.dateInput, run: (ctx, input) => registerFile(ctx, input) }),

  monthly: action({ access: leaders, input: s.monthInput, run: (ctx, input) => monthlyOf(ctx, input) }),
  monthlyXlsx: action({ access: leaders, input: s.monthInput, run: (ctx, input) => monthlyFile(ctx, input) }),
  callbackTable: action({ access: leaders, input: s.monthInput, run: (ctx, input) => callbackTable(ctx, input) }),
  callbackRows: action({ access: leaders, input: s.monthInput, run: (ctx, input) => callbackDetail(ctx, input) }),

  quarterlyReport: action({ access: leaders, input: s.quarterlyReportInput, run: (ctx, input) => quarterlyReport(ctx, input) }),
  quarterNotes: action({ access: leaders, input: s.quarterInput, run: (ctx, input) => notesOf(ctx, input) }),
  saveQuarterNotes: action({ access: 'director', input: s.saveNotesInput, run: (ctx, input) => saveNotes(ctx, input) }),

  submissions: action({ access: leaders, input: s.yearInput, run: (ctx, input) => history(ctx, input.year) }),
  markSubmitted: action({ access: 'director', input: s.submitInput, run: (ctx, input) => markSubmitted(ctx, input) }),
  dueSettings: action({ access: leaders, input: s.emptyInput, run: (ctx) => dueRule(ctx) }),
  updateDueSettings: action({ access: 'admin', input: s.dueSettingsInput, run: (ctx, input) => updateDueRule(ctx, input) }),
  submittedFile: action({ access: leaders, input: s.submittedFileInput, run: (ctx, input) => submittedFile(ctx, input) }),
});
