/**
 * THE CONTRACT of 「告知结果」 (issue 9 §5, rule 六 结果及时反馈): people who came to the window,
 * phoned or wrote — and so do not follow their matter in the mini-program — are told its result
 * by the staff member who handles it. Shared by the staff pages and the `resultCalls` function.
 *
 * A task is opened, once per occasion, for a matter without an online owner and with a phone
 * number, when
 * - a ticket from 现场来访 / 来电 / 来信 / 意见箱 is closed (`closed`: tell the result),
 * - such a ticket runs late: its answer clock passes its due time (`late`) or staff record a
 *   delay (`delay`: tell why and when),
 * - a home visit registered from a phone call gets its time confirmed or proposed (`visitTime`).
 * It goes to the handler's 「我的待办」 with the number (tap-to-call) and runs a 1-working-day
 * clock (a late task is due at once: the promise has passed).
 *
 * Actions (access `staff`; the one access rule decides on each task's matter):
 * - `mine` {} → `{ items: ResultCallView[] }` my open tasks, soonest due first, then my done ones
 *   of the last days (at most 50).
 * - `record` { id, reached: boolean, note? (≤ 200) } → `{ task: ResultCallView }`. reached: the
 *   task is done, its clock stops, the 待办 entry is cleared. Not reached (无人接听、关机): the
 *   attempt is kept, the task stays open — retried, never silently closed. CONFLICT when done.
 */

export type ResultCallOccasion = 'closed' | 'late' | 'delay' | 'visitTime';

export const RESULT_CALL_OCCASIONS: Record<ResultCallOccasion, string> = {
  closed: '告知办理结果',
  late: '告知办理延期',
  delay: '告知延期原因',
  visitTime: '告知上门时间',
};

export interface ResultCallAttempt {
  at: number;
  by: { staffId: string; name: string };
  reached: boolean;
  note: string | null;
}

/** One 「告知结果」 task as the handler sees it. */
export interface ResultCallView {
  id: string;
  occasion: ResultCallOccasion;
  /** 「告知结果：法律咨询（来电）」 */
  title: string;
  /** What to tell the person, in the words staff wrote (the result, the reason, the time). */
  tell: string;
  /** The person to call: whole for the handler (the one access rule). */
  contact: { name?: string; phone?: string };
  /** The matter: 'ticket:tk_…' or 'appointment:appt:…'. */
  subject: string;
  status: 'open' | 'done';
  dueAt: number | null;
  overdue: boolean;
  attempts: ResultCallAttempt[];
  doneAt: number | null;
  createdAt: number;
}

/** The staff page of the tasks (subpackage packages/staff). */
export const RESULT_CALLS_PAGE = '/packages/staff/pages/result-calls/index';

/** Inbox purpose of a new task (and of its retry reminder). */
export const RESULT_CALL_PURPOSE = 'resultCall';
