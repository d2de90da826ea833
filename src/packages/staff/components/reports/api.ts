import { callFunction } from '../../../../api/call';
import type { CallbackDetail } from '../../../../shared/reports';
import type {
  DailyRegister, FileAnswer, QuarterNotes, RectificationItem, ReportDueSettings, SubmissionKind, SubmissionRow,
} from '../../../../shared/reports';

/** The `reports` actions the report pages call (contract: src/shared/reports.ts). @example await submissions(2026) */
export const submissions = (year: number) => callFunction<SubmissionRow[]>('reports', { action: 'submissions', year });
/** `fileId`: the file the director just generated ('rpt_…'), kept with the submission. */
export const markSubmitted = (kind: SubmissionKind, period: string, fileName: string, requestId: string, fileId?: string) =>
  callFunction<SubmissionRow>('reports', { action: 'markSubmitted', kind, period, fileName, requestId, ...(fileId ? { fileId } : {}) });
export const quarterNotes = (quarter: string) => callFunction<QuarterNotes>('reports', { action: 'quarterNotes', quarter });
export const saveQuarterNotes = (quarter: string, analysis: string, items: RectificationItem[]) =>
  callFunction<QuarterNotes>('reports', { action: 'saveQuarterNotes', quarter, analysis, items });
export const dueSettings = () => callFunction<ReportDueSettings>('reports', { action: 'dueSettings' });
export const updateDueSettings = (rule: ReportDueSettings) => callFunction<ReportDueSettings>('reports', { action: 'updateDueSettings', ...rule });
export const callbackRows = (month: string) => callFunction<CallbackDetail>('reports', { action: 'callbackRows', month });
export const dailyRegister = (date: string) => callFunction<DailyRegister>('reports', { action: 'dailyRegister', date });

/** The file each period's report is, as the server makes it. */
export type FileEvent = { action: 'monthlyXlsx'; month: string } | { action: 'quarterlyReport'; quarter: string; format: 'docx' | 'xlsx' }
  | { action: 'callbackTable'; month: string } | { action: 'dailyRegisterXlsx'; date: string }
  | { action: 'submittedFile'; kind: SubmissionKind; period: string };
export const makeFile = (event: FileEvent) => callFunction<FileAnswer>('reports', event);
