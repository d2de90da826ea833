import { addCalendarDays } from '../../../../../domain/beijing';
import type { Appointment } from '../../../../../shared/appointments';
import { formatMonthDay } from '../../../../../ui/dates';

/**
 * 'HH:mm' without the leading zero, or a range of two.
 * @example timeText('09:00', '09:30') // '9:00–9:30'
 */
export function timeText(start: string, end?: string | null): string {
  const c = (hm: string) => hm.replace(/^0(\d)/, '$1');
  return end ? `${c(start)}–${c(end)}` : c(start);
}

/**
 * A day for the date switcher: 今天/明天/昨天 when it is one.
 * @example dayTitle('2026-11-27', '2026-11-26') // '明天 11月27日（周五）'
 */
export function dayTitle(date: string, today: string): string {
  const near = { [today]: '今天 ', [addCalendarDays(today, 1)]: '明天 ', [addCalendarDays(today, -1)]: '昨天 ' }[date] ?? '';
  return near + formatMonthDay(date);
}

/**
 * Who the appointment is for, in words: the family member's elder, or the resident who booked
 * for themselves by the name they gave on the confirm screen.
 * @example whoText({ forWhom: { name: '王秀英', relation: '母亲', phone: '1' } } as Appointment) // '王秀英（母亲，家属代约）'
 * @example whoText({ booker: { name: '陈大爷' } } as Appointment) // '陈大爷（本人预约）'
 */
export function whoText(a: Pick<Appointment, 'forWhom' | 'booker'>): string {
  if (a.forWhom) return `${a.forWhom.name}（${a.forWhom.relation}，${a.booker?.name ? `${a.booker.name}代约` : '家属代约'}）`;
  return a.booker?.name ? `${a.booker.name}（本人预约）` : '居民本人预约';
}

/**
 * Why this resident qualifies for a home visit.
 * @example basisText({ basis: 'age70', age: 75 }) // '七十岁以上老人（75岁）'
 */
export function basisText(hv: { basis: string; age?: number; disabilityCertNo?: string }): string {
  if (hv.basis === 'age70') return `七十岁以上老人${hv.age ? `（${hv.age}岁）` : ''}`;
  return `重度残疾${hv.disabilityCertNo ? `（证号 ${hv.disabilityCertNo}）` : ''}`;
}

/**
 * When a home-visit request must be answered, in Beijing time.
 * @example dueText(Date.parse('2026-11-27T17:00:00+08:00'), '2026-11-26') // '答复期限：明天 11月27日（周五） 17:00 前'
 */
export function dueText(dueAt: number, today: string): string {
  const at = new Date(dueAt + 8 * 3600_000);
  const hm = `${at.getUTCHours()}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  return `答复期限：${dayTitle(at.toISOString().slice(0, 10), today)} ${hm} 前`;
}
