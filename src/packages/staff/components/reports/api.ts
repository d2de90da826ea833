import { callFunction } from '../../../../api/call';
import type { CallbackDetail } from '../../../../shared/callback-detail';
import type { DailyRegister, FileAnswer, QuarterNotes, RectificationItem } from '../../../../shared/reports';
import type { ReportDueRule } from '../../../../domain/reports/due';
import type { SubmissionKind, SubmissionRow } from '../../../../domain/reports/submission';

/** The `reports` actions the report pages call (contract: src/shared/reports.ts). @example await submissions(2026) */
export const submissions = (year: number) => callFunction<SubmissionRow[]>('reports', { action: 'submissions', year });
export const markSubmitted = (kind: SubmissionKind, period: string, fileName: string, requestId: string) =>
  callFunction<SubmissionRow>('reports', { action: 'markSubmitted', kind, period, fileName, requestId });
export const quarterNotes = (quarter: string) => callFunction<QuarterNotes>('reports', { action: 'quarterNotes', quarter });
export const saveQuarterNotes = (quarter: string, analysis: string, items: RectificationItem[]) =>
  callFunction<QuarterNotes>('reports', { action: 'saveQuarterNotes', quarter, analysis, items });
export const dueSettings = () => callFunction<ReportDueRule>('reports', { action: 'dueSettings' });
export const updateDueSettings = (rule: ReportDueRule) => callFunction<ReportDueRule>('reports', { action: 'updateDueSettings', ...rule });
export const callbackRows = (month: string) => callFunction<CallbackDetail>('reports', { action: 'callbackRows', month });
export const dailyRegister = (date: string) => callFunction<DailyRegister>('reports', { action: 'dailyRegister', date });

/** The file each period's report is, as the server makes it. */
export type FileEvent = { action: 'monthlyXlsx'; month: string } | { action: 'quarterlyReport'; quarter: string; format: 'docx' | 'xlsx' }
  | { action: 'callbackTable'; month: string } | { action: 'dailyRegisterXlsx'; date: string };
export const makeFile = (event: FileEvent) => callFunction<FileAnswer>('reports', event);
