import { addCalendarDays, beijingMinuteOfDay, toBeijingDate } from '../domain/beijing';
import type { Calendar } from '../domain/calendar';
import { formatMonthDay } from './dates';

/** How a due time reads on a to-do row. */
export interface DueText {
  /** The time has passed. */
  overdue: boolean;
  /** 「已超期 2 个工作日」, 「今天 17:00 到期」, 「明天 17:00 到期」, 「还剩 3 个工作日」. */
  label: string;
  /** 「到期时间：11月23日（周一）17:00」. */
  dueLine: string;
}

/**
 * Beijing clock time of an instant.
 * @example clockTime(Date.parse('2026-11-23T17:00:00+08:00')) // '17:00'
 */
export function clockTime(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The words of an overdue label: whole working days late, or when it fell due. */
function overdueLabel(dueDay: string, today: string, time: string, calendar: Calendar): string {
  const late = calendar.countWorkingDays(dueDay, today);
  if (late > 0) return `已超期 ${late} 个工作日`;
  return dueDay === today ? `已超期（今天 ${time} 到期）` : `已超期（${formatMonthDay(dueDay)} ${time} 到期）`;
}

/**
 * A due time in words, counted in the station's working days (调休 and the admin's overrides
 * included), Beijing time whatever the phone's zone.
 *
 * @example
 * const cal = createCalendar();
 * dueText(Date.parse('2026-11-23T17:00:00+08:00'), Date.parse('2026-11-26T10:00:00+08:00'), cal).label
 * // '已超期 3 个工作日'
 */
export function dueText(dueAt: number, now: number, calendar: Calendar): DueText {
  const dueDay = toBeijingDate(dueAt);
  const today = toBeijingDate(now);
  const time = clockTime(dueAt);
  const dueLine = `到期时间：${formatMonthDay(dueDay)} ${time}`;
  if (dueAt <= now) return { overdue: true, label: overdueLabel(dueDay, today, time, calendar), dueLine };
  if (dueDay === today) return { overdue: false, label: `今天 ${time} 到期`, dueLine };
  if (dueDay === addCalendarDays(today, 1)) return { overdue: false, label: `明天 ${time} 到期`, dueLine };
  return { overdue: false, label: `还剩 ${calendar.countWorkingDays(today, dueDay)} 个工作日`, dueLine };
}

/**
 * When a message arrived, as residents read it: 「今天 09:30」 or 「11月20日（周五）09:30」.
 * @example sentText(Date.parse('2026-11-26T09:30:00+08:00'), Date.parse('2026-11-26T10:00:00+08:00')) // '今天 09:30'
 */
export function sentText(at: number, now: number): string {
  const day = toBeijingDate(at);
  return `${day === toBeijingDate(now) ? '今天' : formatMonthDay(day)} ${clockTime(at)}`;
}
