import { addCalendarDays, beijingInstant, isYmd } from '../beijing';

/**
 * Report periods (rule 十一): a month 'YYYY-MM' and a quarter 'YYYY-Q1'…'YYYY-Q4', with their
 * Beijing-day ranges and epoch-ms bounds. Pure: today's Beijing day is an input.
 */

/** A period's span: first and last Beijing day, and [startMs, endMs) for store range queries. */
export interface PeriodRange {
  /** First Beijing day, 'YYYY-MM-DD'. */
  first: string;
  /** Last Beijing day, 'YYYY-MM-DD'. */
  last: string;
  startMs: number;
  /** Exclusive: the first instant after the period. */
  endMs: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** The station's records start long after this; earlier periods are typing mistakes. */
const FIRST_YEAR = 2000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Why `month` is not a month one can report on (not 'YYYY-MM', before 2000, after today's
 * month), or null when it is.
 * @example monthProblem('2026-13', '2026-11-26') // '月份格式应为「2026-11」'
 * @example monthProblem('2026-11', '2026-11-26') // null
 */
export function monthProblem(month: string, today: string): string | null {
  const m = MONTH.exec(month);
  if (!m || Number(m[1]) < FIRST_YEAR) return '月份格式应为「2026-11」这样的年-月，请重新选择';
  if (month > today.slice(0, 7)) return '这个月份还没有到，请选择本月或以前的月份';
  return null;
}

/**
 * Why `quarter` is not a quarter one can report on, or null.
 * @example quarterProblem('2026-Q4', '2026-11-26') // null
 * @example quarterProblem('2027-Q1', '2026-11-26') // '这个季度还没有到，…'
 */
export function quarterProblem(quarter: string, today: string): string | null {
  const q = QUARTER.exec(quarter);
  if (!q || Number(q[1]) < FIRST_YEAR) return '季度格式应为「2026-Q4」这样的年-季度，请重新选择';
  if (quarterMonths(quarter)[0] > today.slice(0, 7)) return '这个季度还没有到，请选择本季度或以前的季度';
  return null;
}

/** Why `date` is not a day one can register, or null. @example dayProblem('2026-11-27', '2026-11-26') // '这一天还没有到，…' */
export function dayProblem(date: string, today: string): string | null {
  if (!isYmd(date) || Number(date.slice(0, 4)) < FIRST_YEAR) return '日期格式应为「2026-11-26」这样的年-月-日，请重新选择';
  if (date > today) return '这一天还没有到，请选择今天或以前的日期';
  return null;
}

/** @example monthRange('2026-02').last // '2026-02-28' */
export function monthRange(month: string): PeriodRange {
  const first = `${month}-01`;
  const next = `${nextMonth(month)}-01`;
  return { first, last: addCalendarDays(next, -1), startMs: beijingInstant(first, '00:00'), endMs: beijingInstant(next, '00:00') };
}

/** @example dayRange('2026-11-26').endMs - dayRange('2026-11-26').startMs // 86400000 */
export function dayRange(date: string): PeriodRange {
  const next = addCalendarDays(date, 1);
  return { first: date, last: date, startMs: beijingInstant(date, '00:00'), endMs: beijingInstant(next, '00:00') };
}

/** @example quarterMonths('2026-Q4') // ['2026-10', '2026-11', '2026-12'] */
export function quarterMonths(quarter: string): [string, string, string] {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  const m = (q - 1) * 3 + 1;
  return [`${year}-${pad(m)}`, `${year}-${pad(m + 1)}`, `${year}-${pad(m + 2)}`];
}

/** @example quarterRange('2026-Q1').last // '2026-03-31' */
export function quarterRange(quarter: string): PeriodRange {
  const [a, , c] = quarterMonths(quarter);
  const start = monthRange(a);
  const end = monthRange(c);
  return { first: start.first, last: end.last, startMs: start.startMs, endMs: end.endMs };
}

/** @example quarterOf('2026-11') // '2026-Q4' */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** @example nextMonth('2026-12') // '2027-01' */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** @example previousMonth('2026-01') // '2025-12' */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** The same month a year earlier (同比). @example sameMonthLastYear('2026-11') // '2025-11' */
export function sameMonthLastYear(month: string): string {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

/** @example previousQuarter('2026-Q1') // '2025-Q4' */
export function previousQuarter(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The Beijing days of a period, first to last. @example daysOf(monthRange('2026-02')).length // 28 */
export function daysOf(range: Pick<PeriodRange, 'first' | 'last'>): string[] {
  const out: string[] = [];
  for (let d = range.first; d <= range.last; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
