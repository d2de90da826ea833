import { provisionalNote } from '../../shared/calendar';
import { addCalendarDays } from '../../domain/beijing';
import type { Slot, SlotDay } from '../../shared/appointments';
import { formatMonthDay } from '../../ui/dates';

/**
 * A wall-clock time as people say it, without the leading zero.
 * @example clockText('09:00') // '9:00'
 */
export function clockText(hm: string): string {
  return hm.replace(/^0(\d)/, '$1');
}

/**
 * A slot's time range.
 * @example rangeText('09:00', '09:30') // '9:00–9:30'
 */
export function rangeText(start: string, end?: string | null): string {
  return end ? `${clockText(start)}–${clockText(end)}` : clockText(start);
}

/**
 * A day as a resident reads it, with 今天/明天 when it is one of those.
 * @example dayText('2026-11-27', '2026-11-26') // '明天 11月27日（周五）'
 */
export function dayText(date: string, today: string): string {
  const near = date === today ? '今天 ' : date === addCalendarDays(today, 1) ? '明天 ' : '';
  return near + formatMonthDay(date);
}

/** Places still free on a day. */
export function placesLeft(day: SlotDay): number {
  return day.slots.reduce((sum, s) => sum + s.left, 0);
}

/**
 * The day picker's lines for one day. Fullness is said in words (「已约满」), never by colour alone.
 * @example dayChoice(day, '2026-11-26') // { label: '明天 11月27日（周五）', sub: '还有 12 个空位', full: false }
 */
export function dayChoice(day: SlotDay, today: string): { label: string; sub: string; full: boolean } {
  const left = placesLeft(day);
  const parts = [left === 0 ? '已约满' : `还有 ${left} 个空位`];
  if (day.reason === 'adjustedWorkday') parts.unshift('调休上班日');
  if (day.reason === 'overrideWorking') parts.unshift('工作站安排上班');
  if (day.provisional) parts.push(provisionalNote(+day.date.slice(0, 4)));
  return { label: dayText(day.date, today), sub: parts.join(' · '), full: left === 0 };
}

/**
 * The days the picker offers: only days that still have slots (a day whose slots are all past is
 * left out; a day whose slots are all taken stays, marked 「已约满」).
 */
export function offeredDays(days: SlotDay[]): SlotDay[] {
  return days.filter((d) => d.slots.length > 0);
}

/**
 * The time picker's lines for one slot.
 * @example slotChoice({ start: '09:00', end: '09:30', capacity: 2, left: 0 }) // { label: '9:00–9:30', sub: '已约满', full: true }
 */
export function slotChoice(slot: Slot): { label: string; sub: string; full: boolean } {
  return { label: rangeText(slot.start, slot.end), sub: slot.left === 0 ? '已约满' : `还有 ${slot.left} 个空位`, full: slot.left === 0 };
}

/** Slots before noon and after, for the 上午 / 下午 headings. */
export function halves(slots: Slot[]): { morning: Slot[]; afternoon: Slot[] } {
  return { morning: slots.filter((s) => s.start < '12:00'), afternoon: slots.filter((s) => s.start >= '12:00') };
}

/**
 * What the resident is told after a home-visit request: staff call within one working day, and by
 * when at the latest (Beijing time) when the server says so.
 * @example answerTip(Date.parse('2026-11-27T17:00:00+08:00'), '2026-11-26') // '工作人员会在 1 个工作日内（最晚 明天 11月27日（周五） 17:00）打电话和您约定上门时间。'
 */
export function answerTip(dueAt: number | null | undefined, today: string): string {
  if (!dueAt) return '工作人员会在 1 个工作日内打电话和您约定上门时间。';
  const at = new Date(dueAt + 8 * 3600_000);
  const hm = `${at.getUTCHours()}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  return `工作人员会在 1 个工作日内（最晚 ${dayText(at.toISOString().slice(0, 10), today)} ${hm}）打电话和您约定上门时间。`;
}
