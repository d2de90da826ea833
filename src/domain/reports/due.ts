import type { Calendar } from '../calendar';
import { monthRange, quarterRange } from './period';

/**
 * When reports are due (rule 十一(五)): the monthly summary by the Nth working day of the next
 * month, the quarterly analysis by the Nth working day after the quarter. N is admin-settable.
 */
export interface ReportDueRule {
  /** Working days into the next month (default 5). */
  monthlyWorkingDays: number;
  /** Working days after the quarter (default 10). */
  quarterlyWorkingDays: number;
}

export const DEFAULT_DUE_RULE: ReportDueRule = { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 };

/**
 * The Beijing day the monthly summary of `month` is due.
 * @example monthlyDueDay('2026-09', calendar, DEFAULT_DUE_RULE) // '2026-10-13' (国庆 holiday skipped)
 */
export function monthlyDueDay(month: string, calendar: Pick<Calendar, 'addWorkingDays'>, rule: ReportDueRule = DEFAULT_DUE_RULE): string {
  return calendar.addWorkingDays(monthRange(month).last, rule.monthlyWorkingDays);
}

/**
 * The Beijing day the quarterly report of `quarter` is due.
 * @example quarterlyDueDay('2026-Q4', calendar) // the 10th working day of January 2027
 */
export function quarterlyDueDay(quarter: string, calendar: Pick<Calendar, 'addWorkingDays'>, rule: ReportDueRule = DEFAULT_DUE_RULE): string {
  return calendar.addWorkingDays(quarterRange(quarter).last, rule.quarterlyWorkingDays);
}

/** A change between two counts: the difference and the percentage (null when the base is 0). */
export interface Change {
  current: number;
  base: number;
  diff: number;
  /** Rounded to one decimal, e.g. 12.5 for +12.5 %; null when base is 0. */
  percent: number | null;
}

/**
 * 环比 / 同比 of one figure.
 * @example changeOf(12, 8) // { current: 12, base: 8, diff: 4, percent: 50 }
 */
export function changeOf(current: number, base: number): Change {
  return { current, base, diff: current - base, percent: base === 0 ? null : Math.round(((current - base) / base) * 1000) / 10 };
}

/** A share as a percentage with one decimal, null for 0 of 0. @example shareOf(1, 3) // 33.3 */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Words for a change, e.g. 「增加 4 件（+50%）」. @example changeWords(changeOf(12, 8)) // '增加 4 件（+50%）' */
export function changeWords(c: Change): string {
  const pct = c.percent === null ? '' : `（${c.percent > 0 ? '+' : ''}${c.percent}%）`;
  if (c.diff === 0) return `持平${pct}`;
  return `${c.diff > 0 ? '增加' : '减少'} ${Math.abs(c.diff)} 件${pct}`;
}
