/**
 * THE CONTRACT of issue 14 (分析研判, rule 十一; per-callback tables, rule 十二(八)), shared by the
 * staff pages and the `reports` cloud function. Names here are stable.
 *
 * ## The `reports` function: event `{ action, ...payload }` → `{ ok, data }` | `{ ok: false, error }`
 * Access: directors and admins; window staff may call `dailyRegister` and `dailyRegisterXlsx`
 * only. Residents and unit liaisons: FORBIDDEN. A month or quarter that is malformed or lies in
 * the future, or a day after today: VALIDATION with `field` ('month' | 'quarter' | 'date').
 *
 * - `dailyRegister` { date: 'YYYY-MM-DD' } → {@link DailyRegister} (来访来电登记表): every
 *   contact registered that Beijing day — tickets of every channel, legal-aid applications,
 *   bookings and home-visit requests — who received it (首问责任人) and the outcome. Phones masked.
 * - `dailyRegisterXlsx` { date } → {@link FileAnswer}: the same rows as .xlsx.
 * - `monthly` { month: 'YYYY-MM' } → {@link MonthlyFigures}: exact counts over every stored
 *   matter, read with store count queries on indexed fields (never every document).
 * - `monthlyXlsx` { month } → {@link FileAnswer}: the month's figures as .xlsx.
 * - `quarterlyReport` { quarter: 'YYYY-Q1'…'YYYY-Q4', format: 'docx' | 'xlsx' } → {@link FileAnswer}:
 *   the quarterly analysis (Word, editable) or its figures (Excel).
 * - `callbackTable` { month } → {@link FileAnswer}: every callback of the month in detail (十二(八)).
 * - `callbackRows` { month } → {@link CallbackDetail}: the same rows for the page (回访明细表).
 *
 * Reports on time (rule 十一(五)), each period's report is a stored deadline clock (see
 * {@link REPORT_CLOCK_PURPOSES}): the scheduler starts it when the period ends, it warns the
 * directors (我的待办) a working day before and, when late, tells the directors and the admins.
 * - `markSubmitted` (director) { kind: 'monthly' | 'quarterly', period, fileName, requestId,
 *   fileId?: 'rpt_…' (a file the director generated, not expired) | upload?: { name, base64 }
 *   (.docx/.xlsx/.pdf, ≤ {@link SUBMITTED_FILE_MAX_BYTES}) } → {@link SubmissionRow}: stops the
 *   period's clock and keeps the file with the submission. Once per period: a retry answers the
 *   first record. VALIDATION `field` 'period' (not ended / malformed), 'upload' / 'fileId'.
 * - `submissions` { year } → {@link SubmissionRow}[]: every ended period of the year from its
 *   stored clock (due instant, late or not).
 * - `submittedFile` { kind, period } → {@link FileAnswer}: the kept file, as a fresh file for the
 *   caller (NOT_FOUND when the period has none).
 * - `dueSettings` {} / `updateDueSettings` (admin) { monthlyWorkingDays, quarterlyWorkingDays } →
 *   {@link ReportDueSettings}: changing them re-dates every open report clock (audited).
 *
 * Files are made for the caller only and expire after {@link FILE_TTL_MS}; `url` is fetched with
 * the caller's own credentials (gateway: GET with the same Authorization header). Every download
 * is logged in `accessLog` (subject 'reportFile:<id>').
 */

import type { SubmissionKind, SubmissionState } from '../domain/reports/submission';

export type ReportFormat = 'docx' | 'xlsx';

/**
 * A generated file, for the caller only. `id` ('rpt_…') may be passed to `markSubmitted` as
 * `fileId` to keep that very file with the submission.
 */
export interface FileAnswer {
  file: { id: string; name: string; mime: string; url: string; expiresAt: number };
}

export const FILE_TTL_MS = 30 * 60 * 1000;

export const MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What a register row is. */
export type RegisterKind = 'ticket' | 'legalAid' | 'booking' | 'homeVisit';
export const REGISTER_KINDS: Record<RegisterKind, string> = {
  ticket: '来访来电',
  legalAid: '法律援助申请',
  booking: '预约办事',
  homeVisit: '上门服务',
};

/** One line of the 来访来电登记表. */
export interface RegisterRow {
  kind: RegisterKind;
  id: string;
  /** Beijing time 'HH:mm'. */
  time: string;
  /** 类别: the ticket type's words, 「法律援助申请」, 「预约办事」, 「上门服务」. */
  category: string;
  /** 方式: channel words (现场来访, 来电, 线上, …). */
  channel: string;
  /** The person, masked (or withheld from the person complained about). */
  name: string;
  phone: string;
  /** 事由: the first 60 characters. */
  summary: string;
  /** 首问责任人 / 接待人. */
  receivedBy: string;
  /** 办理结果 so far. */
  outcome: string;
}

export interface DailyRegister {
  date: string;
  rows: RegisterRow[];
}

/** One figure against a base: 环比 and 同比. */
export interface Compared {
  current: number;
  base: number;
  diff: number;
  percent: number | null;
}

export interface MonthlyFigures {
  month: string;
  /** Tickets received in the month (every channel). */
  total: number;
  byType: Record<string, number>;
  byChannel: Record<string, number>;
  /** received / processing / closed, of the month's tickets as they stand now. */
  byOutcome: Record<string, number>;
  /** type → channel → status → count, non-zero cells only. */
  cross: Array<{ type: string; channel: string; status: string; count: number }>;
  /** 限时办结: closed tickets of the month answered within their clock vs late. */
  onTime: { closed: number; onTime: number; late: number; rate: number | null };
  complaintsByScope: Record<string, number>;
  majorComplaints: number;
  ratings: { satisfied: number; basic: number; unsatisfied: number; shares: { satisfied: number | null; basic: number | null; unsatisfied: number | null } };
  callbacks: { done: number; owed: number };
  legalAid: { applied: number; granted: number; denied: number; terminated: number };
  homeVisits: number;
  bookings: number;
  /**
   * 分流交办 within 3 days (rule 七(三)3), of the answer windows opened this month (one per unit
   * and dispatch): accepted in time, accepted late, declined, still unanswered past the window;
   * `rate` = accepted in time / those settled or past their window (null for none).
   */
  referrals: { referred: number; acceptedOnTime: number; acceptedLate: number; declined: number; unansweredLate: number; rate: number | null };
  /** Failed referrals of the month: declined (unit answers), over the referral's time limit, closed by the director with guidance. */
  failedReferrals: { declined: number; overdue: number; closedWithGuidance: number; total: number };
  /**
   * 绿色通道「五个当天」 of the month's green-channel applications: all five steps the same working
   * day (`sameDay`), not (`late`: done after, or still open past the day); `rate` of those decided.
   */
  greenChannel: { applied: number; sameDay: number; late: number; rate: number | null };
  /** 环比 (previous month) and 同比 (same month last year) of the total and each type. */
  compare: {
    previousMonth: { month: string; total: Compared; byType: Record<string, Compared> };
    sameMonthLastYear: { month: string; total: Compared; byType: Record<string, Compared> };
  };
  /** Figures the station does not keep yet, said plainly (e.g. referrals before issue 13 lands). */
  notes: string[];
}

/** One 整改 item (rule 十一(四)): what, who, by when, done or not. */
export interface RectificationItem {
  item: string;
  owner: string;
  /** 'YYYY-MM-DD'. */
  dueDate: string;
  done: boolean;
}

/** The director's own part of the quarterly report, stored and editable. */
export interface QuarterNotes {
  quarter: string;
  analysis: string;
  items: RectificationItem[];
  updatedAt: number | null;
  updatedBy: string | null;
}

/** A major or complex case of the quarter (rule 十一(三)). */
export interface MajorCase {
  kind: 'majorComplaint' | 'legalAidDenied' | 'legalAidTerminated' | 'overdue' | 'referralDeclined' | 'referralOverdue' | 'referralGuidance';
  id: string;
  date: string;
  category: string;
  summary: string;
  handler: string;
  status: string;
}

export const MAJOR_CASE_KINDS: Record<MajorCase['kind'], string> = {
  majorComplaint: '重大投诉',
  legalAidDenied: '不予法律援助',
  legalAidTerminated: '终止法律援助',
  overdue: '超时办理',
  referralDeclined: '交办被拒（不予受理）',
  referralOverdue: '交办超期',
  referralGuidance: '交办未果（引导其他途径）',
};

/** `dashboard` {} → the director's first screen (directors and admins). */
export interface Dashboard {
  today: { date: string; open: number; overdue: number; greenOpenToday: number; callbacksDue: number };
  month: string;
  /** Contacts received each day of the month so far. */
  trend: Array<{ day: string; count: number }>;
}

/** `file` { id } → the generated file's bytes, for its maker (the mini-program writes and opens them). */
export interface FileBytes {
  name: string;
  mime: string;
  base64: string;
}

/** Files a director may upload as the submitted report, by the name's ending. */
export const SUBMITTED_FILE_TYPES = {
  docx: MIME.docx,
  xlsx: MIME.xlsx,
  pdf: 'application/pdf',
} as const;

/** Largest uploaded report: 5 MB (a report is tens of KB). */
export const SUBMITTED_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** The file kept with a submission (its bytes are fetched with `submittedFile`). */
export interface StoredSubmissionFile {
  name: string;
  mime: string;
  size: number;
  source: 'generated' | 'uploaded';
}

export type { SubmissionKind, SubmissionState } from '../domain/reports/submission';
/** Words for each state: 按时报送 / 逾期报送 / 逾期未报 / 待报送. */
export { SUBMISSION_STATES as SUBMISSION_STATE_LABELS } from '../domain/reports/submission';

/** One period's report in `submissions` / the answer of `markSubmitted`. */
export interface SubmissionRow {
  kind: SubmissionKind;
  period: string;
  /** The Beijing day it is due (its clock's due day). */
  dueDay: string;
  /** The due instant (end of business, 17:00, of `dueDay`), epoch ms; null only for a period without a clock. */
  dueAt: number | null;
  submittedDay: string | null;
  submittedAt: number | null;
  fileName: string | null;
  by: string | null;
  state: SubmissionState;
  /** The file kept with the submission, when one was given. */
  file: StoredSubmissionFile | null;
}

/** The clock purposes of the report deadlines (clocks collection, subject `report:<kind>:<period>`). */
export const REPORT_CLOCK_PURPOSES: Record<SubmissionKind, string> = { monthly: 'report.monthly', quarterly: 'report.quarterly' };

/** The page a report clock's notification opens: the director's workbench (dashboard first). */
export const REPORTS_LINK = '/packages/staff/pages/index/index';

/** The admin-set due rule: the Nth working day of the next month / after the quarter. */
export interface ReportDueSettings {
  monthlyWorkingDays: number;
  quarterlyWorkingDays: number;
}

// issue 14: the per-callback table (回访明细表) as rows for the page
/**
 * The per-callback table of rule 十二(八) as rows for the page (issue 14): `reports.callbackRows`
 * { month } → {@link CallbackDetail}. Same access and period rule as `callbackTable` (its .xlsx):
 * directors and admins; the person's whole name and phone only for those the one access rule lets
 * see the callback, nothing for the person complained about. A month not yet come: VALIDATION.
 */
export interface CallbackDetailRow {
  taskId: string;
  /** 事项 (withheld as 「（涉及本人的投诉，不予显示）」 from the person complained about). */
  title: string;
  /** 经办人. */
  staff: string;
  /** 当事人 and 联系电话: '' when not entitled. */
  name: string;
  phone: string;
  /** 回访原因, in words (基本满意、不满意、重大案件、抽访…). */
  reasons: string;
  /** 评价 in words, '' when not rated. */
  rating: string;
  /** 状态 in words. */
  status: string;
  /** 'YYYY-MM-DD' or ''. */
  dueDay: string;
  doneDay: string;
  /** 回访方式 and the four answers of rule 十二(七), '' until recorded. */
  method: string;
  progress: string;
  staffView: string;
  opinions: string;
  /** 「满意」/「不满意」 after the callback, '' until recorded. */
  satisfiedNow: string;
  /** 联系次数. */
  attempts: number;
}

export interface CallbackDetail {
  month: string;
  rows: CallbackDetailRow[];
}
