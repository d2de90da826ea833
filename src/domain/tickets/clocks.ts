import { computeClock, type ClockResult, type ClockRule, type WarnBefore } from '../deadlines';
import type { Calendar } from '../calendar';
import type { TicketType } from '../../shared/tickets';

/** A clock a ticket runs: purpose (one clock per ticket and purpose), title, rule, warning. */
export interface TicketClockSpec {
  purpose: 'ticket.accept' | 'complaint.answer' | 'ticket.answer';
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
