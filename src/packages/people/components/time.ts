import { beijingMinuteOfDay, toBeijingDate } from '../../../domain/beijing';

/**
 * An instant as Beijing date and time, as people read it.
 * @example formatInstant(Date.parse('2026-11-29T10:00:00+08:00')) // '2026-11-29 10:00'
 */
export function formatInstant(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${toBeijingDate(ms)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Today in Beijing. @example beijingToday(Date.parse('2026-11-26T01:00:00Z')) // '2026-11-26' */
export function beijingToday(now: number = Date.now()): string {
  return toBeijingDate(now);
}
