import type { Appointment } from '../../shared/appointments';
import { dayText, rangeText } from './slots-text';
import { stationAddress } from './station';

/** Statuses that are over: shown in grey words, no actions. */
const OVER = new Set(['cancelled', 'attended', 'noShow']);

/**
 * True when nothing more can be done with the appointment.
 * @example isOver({ status: 'cancelled' } as Appointment) // true
 */
export function isOver(a: Pick<Appointment, 'status'>): boolean {
  return OVER.has(a.status);
}

/**
 * When, in words: the day and time, or what is still awaited for a home visit.
 * @example whenText(officeBooking, '2026-11-26') // '明天 11月27日（周五） 9:00–9:30'
 */
export function whenText(a: Appointment, today: string): string {
  if (a.date && a.start) return `${dayText(a.date, today)} ${rangeText(a.start, a.end)}`;
  if (a.status === 'proposed' && a.homeVisit?.proposal) {
    const p = a.homeVisit.proposal;
    return `工作人员建议：${dayText(p.date, today)} ${rangeText(p.time)}`;
  }
  if (a.kind === 'homeVisit' && a.status === 'requested') return '等待工作人员答复上门时间';
  return '时间未定';
}

/**
 * Who it is for, when a family member booked.
 * @example forWhomText({ forWhom: { name: '王秀英', relation: '母亲', phone: '' } } as Appointment) // '为母亲 王秀英预约'
 */
export function forWhomText(a: Pick<Appointment, 'forWhom'>): string {
  return a.forWhom ? `为${a.forWhom.relation} ${a.forWhom.name}预约` : '';
}

/** What the resident can do with it now. */
export function residentActions(a: Appointment): { reschedule: boolean; cancel: boolean; accept: boolean } {
  return {
    reschedule: a.kind === 'office' && (a.status === 'booked' || a.status === 'needsReschedule'),
    cancel: !isOver(a),
    accept: a.status === 'proposed',
  };
}

/**
 * The done screen's lines for an office booking, from what the server answered.
 * @example doneRows(booked, '2026-11-26') // [['办理事项', '法律咨询'], ['日期', '今天 11月26日（周四）'], …]
 */
export function doneRows(a: Appointment, today: string, address = stationAddress()): [string, string][] {
  return [
    ['办理事项', a.serviceLabel],
    ['日期', a.date ? dayText(a.date, today) : '待定'],
    ['时间', a.start ? rangeText(a.start, a.end) : '待定'],
    ['地点', address],
  ];
}
