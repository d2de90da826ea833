/**
 * The answer window of a referral (rule 七(三)3): a unit decides within 3 days of receiving the
 * notice whether it takes the matter on. Counted by 民法典 第201条/第203条 on the station's
 * calendar: calendar days, the day of receipt not counted, a last day that is not a working day
 * moves to the next working day, ending at closing time (17:00). This is the existing clock
 * engine's `calendarDays` rule — not a second implementation.
 */
import { computeClock, type ClockRule } from '../deadlines';
import type { Calendar } from '../calendar';
import { daysBetween } from '../beijing';

/** 「3日内确定是否受理」 as a clock rule. */
export const ANSWER_RULE: ClockRule = { kind: 'calendarDays', days: 3 };

/**
 * When a unit that received a referral at `receivedAt` must have answered (epoch ms).
 * @example answerDueAt(Date.parse('2026-09-30T10:00:00+08:00'), createCalendar()) === Date.parse('2026-10-08T17:00:00+08:00') // true
 */
export function answerDueAt(receivedAt: number, calendar: Calendar): number {
  const { dueAt } = computeClock(ANSWER_RULE, receivedAt, calendar);
  if (dueAt === null) throw new RangeError('answer clock without pauses always has a due time');
  return dueAt;
}

/**
 * The referral's own deadline (时限) as a clock rule from the day it was made: calendar days up
 * to the chosen day (a chosen day that is not a working day moves to the next working day, 第203条).
 * @example dueRule('2026-11-26', '2026-12-10') // { kind: 'calendarDays', days: 14 }
 */
export function dueRule(today: string, dueDate: string): ClockRule {
  return { kind: 'calendarDays', days: Math.max(0, daysBetween(today, dueDate)) };
}

