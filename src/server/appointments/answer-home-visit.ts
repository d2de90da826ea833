import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { beijingInstant, parseHm } from '../../domain/beijing';
import { DEFAULT_HOURS } from '../../domain/hours';
import type { Appointment } from '../../shared/appointments';
import type { CourtesyHold } from '../../shared/tickets';
import { courtesyCheck, isHold } from '../core/courtesy';
import type { Calendar } from '../../domain/calendar';
import { openResultCall } from '../result-calls/open';
import { partiesOfAppointment } from './parties';
import { dayText } from './notices';
import { subjectOf } from './docs';
import { clockId, loadCalendar, stopClock } from '../deadlines';
import type { Tx } from '../ports/store';
import type { AppointmentDoc } from './docs';
import { HOME_VISIT_CLOCK } from './home-visit-clock';
import { noticeHomeVisit, scheduleReminder } from './notices';
import { loadAny, loadOwn } from './owner';
import { transit } from './transit';
import { toAppointment } from './view';

/** VALIDATION unless the visit time is in the future, on a working day, inside office hours; answers the calendar. */
async function assertVisitTime(ctx: Ctx, date: string, time: string): Promise<Calendar> {
  if (beijingInstant(date, time) <= ctx.now) throw new AppError('VALIDATION', '上门时间必须晚于现在', 'time');
  const calendar = await loadCalendar(ctx.store);
  if (!calendar.isWorkingDay(date)) throw new AppError('VALIDATION', '这一天不是工作日，请选择工作日上门', 'date');
  const m = parseHm(time);
  if (!DEFAULT_HOURS.sessions.some((s) => m >= parseHm(s.start) && m < parseHm(s.end))) {
    throw new AppError('VALIDATION', '上门时间请安排在办公时间内（9:00–12:00，13:30–17:00）', 'time');
  }
  return calendar;
}

/**
 * A home visit registered from a phone call has nobody to tell in the mini-program: the staff
 * member who answered gets a 「告知上门时间」 task with the caller's number (issue 9 §5).
 */
async function phoneTheTime(tx: Tx, ctx: Ctx, doc: AppointmentDoc, tell: string, calendar: Calendar): Promise<void> {
  if (doc.openid !== null || ctx.actor.kind !== 'staff' || !doc.homeVisit) return;
  const staffId = ctx.actor.staffId;
  const when = doc.status === 'proposed' ? doc.homeVisit.proposal : { date: doc.date, time: doc.start };
  await openResultCall(tx, {
    subject: subjectOf(doc._id), occasion: 'visitTime', tag: `visitTime:${doc.status}:${when?.date}:${when?.time}`, staffId,
    title: `告知上门时间：${doc.booker?.name ?? '来电人'}（来电）`, tell,
    contact: { ...(doc.booker?.name ? { name: doc.booker.name } : {}), phone: doc.homeVisit.phone }, parties: partiesOfAppointment(doc, [staffId]),
  }, ctx.now, { calendar });
}

/** Stops the answer clock when it still runs (a second answer finds it stopped: fine). */
async function stopAnswerClock(tx: Tx, doc: AppointmentDoc, now: number, reason: string): Promise<void> {
  if (doc.status !== 'requested') return;
  await stopClock(tx, clockId({ type: 'appointment', id: doc._id }, HOME_VISIT_CLOCK), now, reason);
}

function mustBeHomeVisit(doc: AppointmentDoc): void {
  if (doc.kind !== 'homeVisit') throw new AppError('CONFLICT', '这是到站预约，不是上门服务申请', 'id');
}

/**
 * Staff confirm a home visit at a date and time: the answer clock stops, the resident is told,
 * the reminder for the day before is scheduled; audited. The note to the resident is checked for
 * 服务忌语 first (issue 9 §3): found and not `confirmed` → `{ sent: false, warnings }`, nothing written.
 *
 * @example await confirmHomeVisit(ctx, { id, date: '2026-11-30', time: '10:00' })
 */
export async function confirmHomeVisit(
  ctx: Ctx, input: { id: string; date: string; time: string; note?: string; confirmed?: boolean },
): Promise<Appointment | CourtesyHold> {
  const calendar = await assertVisitTime(ctx, input.date, input.time);
  const courtesy = courtesyCheck({ note: input.note }, input.confirmed);
  const staffId = ctx.actor.kind === 'staff' ? ctx.actor.staffId : undefined;
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id, ctx.actor);
    mustBeHomeVisit(before);
    if (confirmedAlready(before, staffId, input)) return before; // a double tap: the first answer, nothing written (issue 10)
    if (courtesy.hold) return courtesy.hold;
    const homeVisit = { ...before.homeVisit!, ...(input.note ? { confirmNote: input.note } : {}) };
    const after = await transit(tx, before, 'confirm', ctx, { date: input.date, start: input.time, end: null, homeVisit, ...(staffId ? { staffId } : {}) }, input.note);
    await stopAnswerClock(tx, before, ctx.now, '已确认上门时间');
    await noticeHomeVisit(tx, after, 'confirmed', ctx.now, calendar);
    await phoneTheTime(tx, ctx, after, `上门服务时间已确认：${dayText(input.date)} ${input.time}，工作人员将按时上门${input.note ? `（${input.note}）` : ''}。如需变动请拨打 0791-83280001。`, calendar);
    await scheduleReminder(tx, after, ctx.now);
    return after;
  });
  return isHold(doc) ? doc : toAppointment(doc as AppointmentDoc, { staff: true });
}

/**
 * Whether this very confirmation was just made by the same staff member (a double tap on
 * 「确认上门」): the visit is confirmed by them for the same day, time and note.
 * @example confirmedAlready(doc, 'staff:demo-staff', { date: '2026-11-30', time: '10:00' }) // true after that confirm
 */
export function confirmedAlready(doc: AppointmentDoc, staffId: string | undefined, input: { date: string; time: string; note?: string }): boolean {
  return doc.status === 'confirmed' && staffId !== undefined && doc.staffId === staffId && doc.date === input.date
    && doc.start === input.time && (doc.homeVisit?.confirmNote ?? undefined) === (input.note || undefined);
}

/**
 * Staff propose another time: the answer clock stops (the station has answered), the resident
 * is asked to accept in the mini-program or by phone; audited. The reason given is checked for
 * 服务忌语 first, like a reply (issue 9 §3).
 *
 * @example await proposeHomeVisit(ctx, { id, date: '2026-12-01', time: '14:00', note: '上午需外出办案' })
 */
export async function proposeHomeVisit(
  ctx: Ctx, input: { id: string; date: string; time: string; note: string; confirmed?: boolean },
): Promise<Appointment | CourtesyHold> {
  const calendar = await assertVisitTime(ctx, input.date, input.time);
  const courtesy = courtesyCheck({ note: input.note }, input.confirmed);
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadAny(tx, input.id, ctx.actor);
    mustBeHomeVisit(before);
    if (courtesy.hold) return courtesy.hold;
    const homeVisit = { ...before.homeVisit!, proposal: { date: input.date, time: input.time, note: input.note } };
    const after = await transit(tx, before, 'propose', ctx, { homeVisit }, input.note);
    await stopAnswerClock(tx, before, ctx.now, '已另约时间');
    await noticeHomeVisit(tx, after, 'proposed', ctx.now, calendar);
    await phoneTheTime(tx, ctx, after, `工作人员建议上门时间为 ${dayText(input.date)} ${input.time}（${input.note}）。请问是否方便？`, calendar);
    return after;
  });
  return isHold(doc) ? doc : toAppointment(doc as AppointmentDoc, { staff: true });
}

/**
 * The resident accepts the proposed time: the visit is confirmed at it, reminder scheduled.
 * CONFLICT when the proposed time has passed meanwhile (call instead).
 *
 * @example await acceptProposal(ctx, { id }) // { status: 'confirmed', date: '2026-12-01', start: '14:00', … }
 */
export async function acceptProposal(ctx: Ctx, input: { id: string }): Promise<Appointment> {
  const doc = await ctx.store.transaction(async (tx) => {
    const before = await loadOwn(tx, input.id, ctx.actor);
    const p = before.homeVisit?.proposal;
    if (before.status === 'proposed' && p && beijingInstant(p.date, p.time) <= ctx.now) {
      throw new AppError('CONFLICT', '建议的上门时间已经过去，请拨打 0791-83280001 重新商定', 'id');
    }
    const after = await transit(tx, before, 'accept', ctx, p ? { date: p.date, start: p.time, end: null } : {});
    await scheduleReminder(tx, after, ctx.now);
    return after;
  });
  return toAppointment(doc, { staff: false });
}
