import { addCalendarDays, toBeijingDate } from '../../../../domain/beijing';
import type { Calendar } from '../../../../domain/calendar';
import { dueText } from '../../../../ui/due-text';

/** How urgent a due time is, in words and a symbol (never colour alone). */
export interface TimeLeft {
  state: 'overdue' | 'soon' | 'ok' | 'none';
  symbol: string;
  /** 「已超期 2 个工作日」「今天 17:00 到期」「还剩 3 个工作日」「没有时限」. */
  words: string;
  /** 「到期时间：12月3日（周四）17:00」, empty without a clock. */
  dueLine: string;
}

/**
 * The time left on a ticket's clock in the station's working days: overdue (⚠), due today or
 * tomorrow (◔), later (◷), or no clock (○). `overdue` from the server wins over the phone's clock.
 *
 * @example describeTimeLeft(Date.parse('2026-11-23T17:00:00+08:00'), Date.parse('2026-11-26T10:00:00+08:00'), createCalendar()).words
 * // '已超期 3 个工作日'
 */
export function describeTimeLeft(dueAt: number | null | undefined, nowMs: number, calendar: Calendar, overdue = false): TimeLeft {
  if (dueAt === null || dueAt === undefined) return { state: 'none', symbol: '○', words: '没有时限', dueLine: '' };
  const d = dueText(dueAt, overdue ? Math.max(nowMs, dueAt) : nowMs, calendar);
  if (d.overdue) return { state: 'overdue', symbol: '⚠', words: d.label, dueLine: d.dueLine };
  const soon = toBeijingDate(dueAt) <= addCalendarDays(toBeijingDate(nowMs), 1);
  return { state: soon ? 'soon' : 'ok', symbol: soon ? '◔' : '◷', words: d.label, dueLine: d.dueLine };
}
