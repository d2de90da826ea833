import type { Tx } from '../ports/store';
import { addCalendarDays, beijingInstant, weekdayOf } from '../../domain/beijing';
import { enqueue } from '../outbox/enqueue';
import { createOnce } from '../outbox/create-once';
import { recipientKey, type Notification, type OutboxDoc } from '../outbox/types';
import { APPOINTMENT_PAGES, APPOINTMENT_PURPOSES, STATION_PHONE } from '../../shared/appointments';
import { subjectOf, type AppointmentDoc } from './docs';
import type { Calendar } from '../../domain/calendar';
import { provisionalNote } from '../../shared/calendar';

/** Reminders go out the day before, at this Beijing time. */
export const REMINDER_TIME = '10:00';

/**
 * A day as a resident reads it.
 * @example dayText('2026-12-01') // '12月1日（周二）'
 */
export function dayText(ymd: string): string {
  return `${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日（周${'日一二三四五六'[weekdayOf(ymd)]}）`;
}

const what = (doc: AppointmentDoc) => (doc.kind === 'homeVisit' ? '上门服务' : '预约');
const when = (doc: AppointmentDoc) => `${dayText(doc.date!)} ${doc.start}${doc.end ? `–${doc.end}` : ''}`;
const forWhom = (doc: AppointmentDoc) => (doc.forWhom ? `（为${doc.forWhom.name}预约）` : '');

/** A message to the booking's resident; null when there is nobody in the mini-program to tell (a phone request). */
function notice(doc: AppointmentDoc, tag: string, purpose: string, title: string, body: string): (Notification & { recipient: { openid: string } }) | null {
  if (!doc.openid) return null;
  return {
    key: `${subjectOf(doc._id)}:${tag}`, recipient: { openid: doc.openid }, purpose, title, body,
    link: APPOINTMENT_PAGES.mine, subject: subjectOf(doc._id),
  };
}

/** 「（2027年节假日安排尚未公布，日期可能调整）」 after a date in a year without its notice, or ''. */
function flagOf(doc: AppointmentDoc, calendar?: Calendar): string {
  return doc.date && calendar?.isProvisional(doc.date) ? `（${provisionalNote(+doc.date.slice(0, 4))}）` : '';
}

/**
 * Tells the resident the booking is made (inbox at once; subscribe message where consented);
 * a day in a year whose holiday notice is not out yet is flagged (issue 9 §4).
 * @example await noticeBooked(tx, doc, now, calendar)
 */
export function noticeBooked(tx: Tx, doc: AppointmentDoc, now: number, calendar?: Calendar) {
  return tell(tx, notice(doc, `booked:${doc.date}:${doc.start}`, APPOINTMENT_PURPOSES.booked, '预约成功',
    `您已预约 ${when(doc)}${forWhom(doc)}${flagOf(doc, calendar)}，请按时到西山镇公共法律服务工作站。需要改约或取消，请在「我的预约」中操作。`), now);
}

/**
 * Tells the resident the cancellation went through (issue 9 §6: cancel writes its own message).
 * @example await noticeCancelled(tx, doc, '临时有事', now) // 「预约已取消」
 */
export function noticeCancelled(tx: Tx, before: AppointmentDoc, reason: string | undefined, now: number) {
  const what = before.kind === 'homeVisit' ? (before.date ? `${when(before)} 的上门服务` : '上门服务申请') : `${when(before)} 的预约`;
  return tell(tx, notice(before, `cancelled:${before.date}:${before.start}`, APPOINTMENT_PURPOSES.cancelled, before.kind === 'homeVisit' ? '上门服务已取消' : '预约已取消',
    `您${what}${forWhom(before)}已取消${reason ? `（${reason}）` : ''}。需要时可以重新预约，或拨打 ${STATION_PHONE}。`), now);
}

/**
 * Tells the resident the booking moved, from the old time to the new one (issue 9 §6:
 * reschedule writes its own message, not a second 「预约成功」).
 * @example await noticeRescheduled(tx, before, after, now, calendar) // 「预约已改期」
 */
export function noticeRescheduled(tx: Tx, before: AppointmentDoc, after: AppointmentDoc, now: number, calendar?: Calendar) {
  return tell(tx, notice(after, `rescheduled:${after.date}:${after.start}`, APPOINTMENT_PURPOSES.rescheduled, '预约已改期',
    `您的预约已从 ${when(before)} 改到 ${when(after)}${forWhom(after)}${flagOf(after, calendar)}，请按时到西山镇公共法律服务工作站。原来的时间不再保留。`), now);
}

/**
 * Tells the resident the booking must move (外出办案, a closed day) and how.
 * @example await noticeDisplaced(tx, doc, '工作人员外出办案', now)
 */
export function noticeDisplaced(tx: Tx, doc: AppointmentDoc, reason: string, now: number) {
  return tell(tx, notice(doc, `displaced:${doc.date}:${doc.start}`, APPOINTMENT_PURPOSES.changed, '预约需要改期',
    `很抱歉，因${reason}，您 ${when(doc)} 的预约需要改到其他时间。请在「我的预约」中选择新的时间，或拨打 ${STATION_PHONE}。`), now);
}

/**
 * Tells the resident staff answered a home-visit request: a confirmed time or a proposed one
 * (a day in a year without its holiday notice flagged).
 * @example await noticeHomeVisit(tx, doc, 'confirmed', now, calendar)
 */
export function noticeHomeVisit(tx: Tx, doc: AppointmentDoc, answer: 'confirmed' | 'proposed', now: number, calendar?: Calendar) {
  const p = doc.homeVisit?.proposal;
  const body = answer === 'confirmed'
    ? `上门服务时间已确认：${when(doc)}${flagOf(doc, calendar)}，工作人员将按时上门。如需变动请拨打 ${STATION_PHONE}。`
    : `工作人员建议上门时间为 ${dayText(p!.date)} ${p!.time}（${p!.note}）${p && calendar?.isProvisional(p.date) ? `（${provisionalNote(+p.date.slice(0, 4))}）` : ''}。请在「我的预约」中确认，或拨打 ${STATION_PHONE}。`;
  const tag = answer === 'confirmed' ? `confirmed:${doc.date}:${doc.start}` : `proposed:${p!.date}:${p!.time}`;
  return tell(tx, notice(doc, tag, APPOINTMENT_PURPOSES.homeVisitAnswered, answer === 'confirmed' ? '上门服务已确认' : '请确认上门时间', body), now);
}

/** Writes the message when there is someone to write to. */
async function tell(tx: Tx, n: Notification | null, now: number): Promise<'queued' | 'duplicate' | 'nobody'> {
  return n ? enqueue(tx, n, now) : 'nobody';
}

/** The dedupe key of an appointment's reminder at its current time. */
const reminderKey = (doc: AppointmentDoc) => `${subjectOf(doc._id)}:reminder:${doc.date}:${doc.start}`;

/**
 * Schedules the reminder for the day before, 10:00 Beijing: an outbox message whose
 * `nextAttemptAt` lies in the future. The dispatcher (scheduler tick) only takes it when due, and
 * only then writes the inbox entry. Nothing is scheduled when that moment has passed already.
 *
 * @example await scheduleReminder(tx, doc, now) // true
 */
export async function scheduleReminder(tx: Tx, doc: AppointmentDoc, now: number): Promise<boolean> {
  if (!doc.date || !doc.start) return false;
  const at = beijingInstant(addCalendarDays(doc.date, -1), REMINDER_TIME);
  if (at <= now) return false;
  const n = notice(doc, '', APPOINTMENT_PURPOSES.reminder, `明天${what(doc)}提醒`,
    `提醒您：${when(doc)} 有${what(doc)}${forWhom(doc)}。${doc.kind === 'office' ? '请按时到工作站，' : ''}如需改约或取消，请在「我的预约」中操作或拨打 ${STATION_PHONE}。`);
  if (!n) return false;
  const msg: OutboxDoc = {
    _id: reminderKey(doc), recipient: n.recipient, recipientKey: recipientKey(n.recipient), purpose: n.purpose, title: n.title,
    body: n.body, link: n.link, subject: n.subject, dueAt: beijingInstant(doc.date, doc.start),
    createdAt: at, state: 'pending', attempts: 0, nextAttemptAt: at,
  };
  return createOnce(tx, 'outbox', msg);
}

/**
 * Withdraws a reminder not yet taken by the dispatcher (cancelled, moved, displaced).
 * @example await dropReminder(tx, doc) // true when one was waiting
 */
export async function dropReminder(tx: Tx, doc: AppointmentDoc): Promise<boolean> {
  if (!doc.date || !doc.start) return false;
  const msg = await tx.get<OutboxDoc>('outbox', reminderKey(doc));
  if (!msg || msg.state !== 'pending') return false;
  await tx.remove('outbox', msg._id);
  return true;
}
