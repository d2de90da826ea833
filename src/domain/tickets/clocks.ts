import { computeClock, type ClockResult, type ClockRule, type WarnBefore } from '../deadlines';
import type { Calendar } from '../calendar';
import { daysBetween, isYmd } from '../beijing';
import type { TicketType } from '../../shared/tickets';

/** A clock a ticket runs: purpose (one clock per ticket and purpose), title, rule, warning. */
export interface TicketClockSpec {
  purpose: 'ticket.accept' | 'complaint.answer' | 'ticket.answer' | typeof TRANSFER_REPLY_PURPOSE;
  title: string;
  rule: ClockRule;
  warnBefore?: WarnBefore;
  /** The resident is told when it runs late. */
  tellResident: boolean;
}

/**
 * The clock an online ticket runs while nobody has accepted it: one working day, warned two
 * hours before, escalated to the directors (nobody is responsible yet).
 */
export const ACCEPT_CLOCK: TicketClockSpec = {
  purpose: 'ticket.accept',
  title: '线上来件受理',
  rule: { kind: 'workingDays', days: 1 },
  warnBefore: { minutes: 120 },
  tellResident: false,
};

/**
 * The clock a ticket runs from acceptance until it is closed:
 * - complaints: 5 working days to answer (rule 八(五)3–5), the complainant told when late;
 * - praise: none (nothing to answer);
 * - everything else: 5 working days (限时办结, rule 一(三)), the resident told when late.
 *
 * @example answerClockFor('complaint')?.rule // { kind: 'workingDays', days: 5 }
 * @example answerClockFor('praise') // null
 */
export function answerClockFor(type: TicketType): TicketClockSpec | null {
  if (type === 'praise') return null;
  if (type === 'complaint') {
    return { purpose: 'complaint.answer', title: '投诉答复', rule: { kind: 'workingDays', days: 5 }, tellResident: true };
  }
  return { purpose: 'ticket.answer', title: '来件答复', rule: { kind: 'workingDays', days: 5 }, tellResident: true };
}

/**
 * The answer promised for a matter the station received at `receivedAt` (issue 9 §4: one
 * promise, one clock). Counted from the day of receipt (that day not counted), never from
 * acceptance: the complaint page shows this date at submission and the server starts the answer
 * clock from the same receipt with the same rule, so a late acceptance cannot move it. null for
 * praise (nothing to answer).
 *
 * @example answerDue('complaint', Date.parse('2026-11-26T10:00:00+08:00'), createCalendar())?.dueAt
 * // Date.parse('2026-12-03T17:00:00+08:00')
 */
export function answerDue(type: TicketType, receivedAt: number, calendar: Calendar): ClockResult | null {
  const spec = answerClockFor(type);
  return spec ? computeClock(spec.rule, receivedAt, calendar) : null;
}

/** The clock of the reply owed to the department that transferred a matter in (rule 八(五)6). */
export const TRANSFER_REPLY_PURPOSE = 'transfer.reply';

/**
 * The reply owed to the sending department by the day it set (rule 八(五)6: 在规定时限内将处理结果
 * 回复给投诉件转来部门), as a clock on the ticket from `today`: calendar days up to that day, a
 * day that is not a working day moved to the next working day (第203条), 17:00. The registering
 * staff member is warned a working day before; when it runs out the directors are told (督办).
 * The resident is not: the promise is to the department.
 *
 * @example transferReplyClock('2026-11-26', '2026-12-08').rule // { kind: 'calendarDays', days: 12 }
 */
export function transferReplyClock(today: string, dueDate: string): TicketClockSpec {
  return {
    purpose: TRANSFER_REPLY_PURPOSE,
    title: '回复转来部门',
    rule: { kind: 'calendarDays', days: Math.max(0, daysBetween(today, dueDate)) },
    tellResident: false,
  };
}

/**
 * What is wrong with the sending department's reply deadline, naming the visible label
 * 「回复期限」, or null: a real Beijing day, not before `today`.
 *
 * @example transferDueProblem('2026-11-20', '2026-11-26') // '「回复期限」不能早于今天'
 * @example transferDueProblem('2026-12-08', '2026-11-26') // null
 */
export function transferDueProblem(dueDate: string | undefined, today: string): string | null {
  if (!dueDate) return '「回复期限」不能为空：请填写转来部门要求回复的日期';
  if (!isYmd(dueDate)) return '「回复期限」不是有效的日期（格式：2026-12-08）';
  if (dueDate < today) return '「回复期限」不能早于今天';
  return null;
}

/** Where tickets without a clock sort in the inbox: after every real due time, oldest first. */
export const NO_DUE_OFFSET = 4_000_000_000_000_000;

/**
 * The inbox sort key of a ticket: its due time (overdue ones are simply the earliest), or,
 * without a clock, {@link NO_DUE_OFFSET} + its creation time; zero-padded and followed by the
 * id so that the key is unique and a string cursor pages through ties.
 *
 * @example queueKeyOf(1764122400000, 0, 'tk_a') // '0001764122400000|tk_a'
 * @example queueKeyOf(null, 5, 'tk_b') // '4000000000000005|tk_b'
 */
export function queueKeyOf(dueAt: number | null, createdAt: number, id: string): string {
  const at = dueAt ?? NO_DUE_OFFSET + createdAt;
  return `${String(at).padStart(16, '0')}|${id}`;
}

/** Larger than any instant, so closed tickets sort newest closed first. */
const CLOSED_BASE = 9_000_000_000_000_000;

/**
 * The inbox sort key of a closed ticket: newest closed first.
 *
 * @example closedQueueKey(1, 'tk_a') < closedQueueKey(0, 'tk_b') // true (closed later sorts first)
 */
export function closedQueueKey(closedAt: number, id: string): string {
  return `${String(CLOSED_BASE - closedAt).padStart(16, '0')}|${id}`;
}
