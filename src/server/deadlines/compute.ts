import { computeClock } from '../../domain/deadlines';
import type { Calendar } from '../../domain/calendar';
import type { ClockDoc } from './clock-doc';
import { nextCheckAtOf } from './next-check';

/** The fields a (re)computation changes on a clock. */
export type ComputedFields = Pick<
  ClockDoc,
  'dueAt' | 'warnAt' | 'provisional' | 'calendarVersion' | 'warnedAt' | 'overdueAt' | 'nextCheckAt'
>;

/**
 * Recomputes a clock's due and warning instants from its rule, start and pauses with
 * `calendar`, and re-arms the flags the new times undo: a warning or overdue mark whose instant
 * has moved past `now` (a pause ended, the admin added a day off) is cleared so the scheduler
 * checks again — the notification keys carry the due time, so the new deadline is announced
 * once and the old one is not repeated.
 *
 * @example
 * const fields = computeFields(clock, calendar, Date.parse('2026-10-09T10:00:00+08:00'));
 */
export function computeFields(
  clock: Pick<ClockDoc, 'rule' | 'startedAt' | 'pauses' | 'warnBefore' | 'state' | 'warnedAt' | 'overdueAt'>,
  calendar: Calendar,
  now: number,
): ComputedFields {
  const r = computeClock(clock.rule, clock.startedAt, calendar, { pauses: clock.pauses, warnBefore: clock.warnBefore });
  const warnedAt = r.warnAt !== null && r.warnAt > now ? null : clock.warnedAt;
  const overdueAt = r.dueAt !== null && r.dueAt > now ? null : clock.overdueAt;
  const flags = { state: clock.state, dueAt: r.dueAt, warnAt: r.warnAt, warnedAt, overdueAt };
  return {
    dueAt: r.dueAt,
    warnAt: r.warnAt,
    provisional: r.provisional,
    calendarVersion: r.calendarVersion,
    warnedAt,
    overdueAt,
    nextCheckAt: nextCheckAtOf(flags),
  };
}
