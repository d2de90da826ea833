import { beijingMinuteOfDay, toBeijingDate, weekdayOf } from '../domain/beijing';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * A Beijing day written the way residents read it.
 * @example formatYmd('2026-11-26') // '2026年11月26日'
 */
export function formatYmd(ymd: string): string {
  return `${+ymd.slice(0, 4)}年${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日`;
}

/**
 * Month, day and weekday of a Beijing day.
 * @example formatMonthDay('2026-10-01') // '10月1日（周四）'
 */
export function formatMonthDay(ymd: string): string {
  return `${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日（${WEEKDAYS[weekdayOf(ymd)]}）`;
}

/**
 * The "last updated" line shown under every published item.
 * @example formatUpdated(Date.parse('2026-11-26T10:00:00+08:00')) // '更新于 2026年11月26日'
 */
export function formatUpdated(ms: number): string {
  return `更新于 ${formatYmd(toBeijingDate(ms))}`;
}

/**
 * An instant as month, day, weekday and time, in Beijing time.
 * @example formatMonthDayTime(Date.parse('2026-11-26T10:05:00+08:00')) // '11月26日（周四）10:05'
 */
export function formatMonthDayTime(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${formatMonthDay(toBeijingDate(ms))}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
