import { daysBetween, isYmd } from '../beijing';

/**
 * Study and training (rule 十): at least 30 hours of group study (集中学习) per person per year,
 * one central training (集中业务培训) a year. Pure: dates and hours in, decisions out.
 */

/** Rule 十(二): 每人每年集中学习不少于 30 学时. */
export const REQUIRED_GROUP_HOURS = 30;

/** Most hours one person may record for one day. */
export const MAX_HOURS_PER_DAY = 12;

/** What a study record is: group study, self-study, or the county's central training. */
export type StudyKind = 'group' | 'self' | 'central';

export const STUDY_KIND_LABELS: Record<StudyKind, string> = { group: '集中学习', self: '自学', central: '集中业务培训' };

/**
 * Kinds that count toward the 30 group hours: group sessions and the central training (itself
 * a group study); self-study is recorded but does not count (学习以自学为主，集中为辅).
 * @example countsAsGroup('central') // true
 */
export function countsAsGroup(kind: StudyKind): boolean {
  return kind === 'group' || kind === 'central';
}

function daysInYear(year: number): number {
  return daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

/**
 * Group hours expected by the end of `date` on an even pace over `year`, to one decimal:
 * the whole 30 for a year already over, 0 for one not begun.
 *
 * @example expectedHours(2026, '2026-12-31') // 30
 * @example expectedHours(2026, '2026-07-02') // 15
 */
export function expectedHours(year: number, date: string): number {
  const days = daysBetween(`${year}-01-01`, date) + 1;
  const total = daysInYear(year);
  const share = Math.min(Math.max(days, 0), total) / total;
  return Math.round(REQUIRED_GROUP_HOURS * share * 10) / 10;
}

/**
 * Behind pace: fewer group hours than expected by `date` (never behind once the 30 are met).
 * @example isBehind(2026, '2026-07-02', 10) // true
 * @example isBehind(2026, '2026-07-02', 15) // false
 */
export function isBehind(year: number, date: string, groupHours: number): boolean {
  return groupHours < Math.min(expectedHours(year, date), REQUIRED_GROUP_HOURS);
}

/**
 * Why a study day is refused, or null: a real day, not after today (a record is of study done).
 * @example studyDayProblem('2026-11-27', '2026-11-26') // '学习日期不能晚于今天'
 */
export function studyDayProblem(date: string, today: string): string | null {
  if (!isYmd(date)) return '不是有效的日期（格式：2026-10-01）';
  if (date > today) return '学习日期不能晚于今天';
  return null;
}

/**
 * Why hours are refused, or null: more than 0, in half hours, at most 12 for the day together
 * with what is already recorded that day.
 * @example hoursProblem(3, 10) // '一天最多记 12 学时，这一天已记 10 学时'
 */
export function hoursProblem(hours: number, alreadyThatDay: number): string | null {
  if (!(hours > 0)) return '学时要大于 0';
  if (Math.round(hours * 2) !== hours * 2) return '学时按半小时记，例如 1.5';
  if (hours + alreadyThatDay > MAX_HOURS_PER_DAY) {
    return alreadyThatDay > 0 ? `一天最多记 ${MAX_HOURS_PER_DAY} 学时，这一天已记 ${alreadyThatDay} 学时` : `一天最多记 ${MAX_HOURS_PER_DAY} 学时`;
  }
  return null;
}

/**
 * Share of the year's 30 hours done, 0–1, for progress bars.
 * @example progressShare(45) // 1
 */
export function progressShare(groupHours: number): number {
  return Math.min(1, Math.max(0, groupHours / REQUIRED_GROUP_HOURS));
}
