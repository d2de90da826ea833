import { randomUUID } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { addCalendarDays, beijingInstant, toBeijingDate } from '../../domain/beijing';
import { HOME_VISIT_MONTHLY_LIMIT, OPEN_HOME_VISIT_STATUSES, homeVisitRefusal } from '../../domain/limits';
import type { Doc, Tx } from '../ports/store';
import { homeVisitEligibility } from '../../domain/eligibility';
import { APPOINTMENT_PAGES, type Appointment, type HomeVisitDetails, type HomeVisitInput } from '../../shared/appointments';
import { loadCalendar, startClock } from '../deadlines';
import type { ResidentDoc } from '../seed/accounts';
import { requestKey, type AppointmentDoc, type RequestDoc } from './docs';
import { replayed } from './book';
import { homeVisitRecipients, noticeHomeVisitRequested } from './home-visit-staff';
import { HOME_VISIT_CLOCK, HOME_VISIT_RULE } from './home-visit-clock';
import { openidOf } from './owner';
import { auditCreated } from './transit';
import { toAppointment } from './view';

/** Preferred days may lie up to this many calendar days ahead. */
export const PREFERRED_DAYS_AHEAD = 30;

/** The caller's own profile from the residents table (birth date when the form leaves it out, name). */
async function profileOf(ctx: Ctx, openid: string): Promise<ResidentDoc | undefined> {
  const [profile] = await ctx.store.find<ResidentDoc>('residents', { where: { openid }, limit: 1 });
  return profile;
}

/** VALIDATION when a preferred day is past or too far ahead (online and phone requests alike). */
export function assertPreferredDays(days: string[], today: string): void {
  const last = addCalendarDays(today, PREFERRED_DAYS_AHEAD);
  if (days.some((d) => d < today || d > last)) {
    throw new AppError('VALIDATION', `希望上门的日期请选今天起 ${PREFERRED_DAYS_AHEAD} 天以内的日子`, 'preferredDays');
  }
}

/** RATE_LIMITED (before anything is written) when the resident has an open request or used the month's. */
async function assertMayRequest(ctx: Ctx, openid: string, today: string): Promise<void> {
  const mine = await ctx.store.find<AppointmentDoc>('appointments', { where: { openid, kind: 'homeVisit' }, orderBy: [['createdAt', 'desc']], limit: 100 });
  const monthStart = beijingInstant(`${today.slice(0, 7)}-01`, '00:00');
  const refusal = homeVisitRefusal({
    open: mine.filter((a) => (OPEN_HOME_VISIT_STATUSES as readonly string[]).includes(a.status)).length,
    thisMonth: mine.filter((a) => a.createdAt >= monthStart).length,
  });
  if (refusal) throw new AppError('RATE_LIMITED', refusal);
}

interface QuotaDoc extends Doc {
  /** The open request this person holds (`homeVisitOpen:<openid>`). */
  appointmentId?: string;
  /** Requests made this month (`homeVisitMonth:<openid>:<YYYY-MM>`). */
  count?: number;
}

/**
 * The same limits inside the request's transaction, on two small documents per person, so two
 * requests sent at once (different request ids) cannot both pass the query above.
 */
async function takeHomeVisitQuota(tx: Tx, openid: string, today: string, id: string, now: number): Promise<void> {
  const openKey = `homeVisitOpen:${openid}`;
  const monthKey = `homeVisitMonth:${openid}:${today.slice(0, 7)}`;
  const [held, month] = await Promise.all([tx.get<QuotaDoc>('appointmentRequests', openKey), tx.get<QuotaDoc>('appointmentRequests', monthKey)]);
  const holder = held?.appointmentId ? await tx.get<AppointmentDoc>('appointments', held.appointmentId) : null;
  const open = holder && (OPEN_HOME_VISIT_STATUSES as readonly string[]).includes(holder.status) ? 1 : 0;
  const refusal = homeVisitRefusal({ open, thisMonth: month?.count ?? 0 });
  if (refusal) throw new AppError('RATE_LIMITED', refusal);
  await tx.put('appointmentRequests', { _id: openKey, appointmentId: id, createdAt: now });
  await tx.put('appointmentRequests', { _id: monthKey, count: (month?.count ?? 0) + 1, createdAt: now });
}

/**
 * Asks for a home visit (上门服务, rule 一(四)3). Only for residents aged 70 or over (the age
 * is computed from the birth date given, or the caller's profile when booking for themselves)
 * or severely disabled (一级/二级 certificate): anyone else gets NOT_ELIGIBLE with the phone to
 * call, and nothing is written. In one transaction: the idempotency record, the request, its
 * audit event, the 1-working-day answer clock (the scheduler warns and escalates it) and the
 * 「新的上门服务申请」 notice to staff (see homeVisitRecipients). Limits (issue 10): one open
 * request at a time and {@link HOME_VISIT_MONTHLY_LIMIT} a month per resident, else RATE_LIMITED.
 *
 * @example await requestHomeVisit(ctx, { basis: 'age70', address: '西山镇…', phone: '13800000000', preferredDays: ['2026-11-30'], description: '赡养纠纷咨询', requestId: 'r-12345678' })
 */
export async function requestHomeVisit(ctx: Ctx, input: HomeVisitInput): Promise<Appointment> {
  const openid = openidOf(ctx.actor);
  const key = requestKey('homeVisit', openid, input.requestId);
  const earlier = await replayed(ctx, key);
  if (earlier) return earlier;
  const today = toBeijingDate(ctx.now);
  const profile = await profileOf(ctx, openid);
  const birthDate = input.birthDate ?? (input.basis === 'age70' && !input.forWhom ? profile?.birthDate : undefined);
  const verdict = homeVisitEligibility({ basis: input.basis, birthDate, disabilityCertNo: input.disabilityCertNo }, today);
  if (!verdict.eligible) throw new AppError(verdict.invalid ? 'VALIDATION' : 'NOT_ELIGIBLE', verdict.message, verdict.field);
  assertPreferredDays(input.preferredDays, today);
  await assertMayRequest(ctx, openid, today);
  const calendar = await loadCalendar(ctx.store);
  const staffIds = await homeVisitRecipients(ctx.store);
  const elder = input.forWhom?.name ?? profile?.name ?? '一位居民';
  const homeVisit: HomeVisitDetails = {
    basis: input.basis, address: input.address, phone: input.phone, preferredDays: [...input.preferredDays].sort(),
    description: input.description,
    ...(verdict.basis === 'age70' ? { age: verdict.age } : { disabilityCertNo: input.disabilityCertNo!.trim().toUpperCase() }),
  };
  const doc = await ctx.store.transaction(async (tx) => {
    const req = await tx.get<RequestDoc>('appointmentRequests', key);
    if (req) return (await tx.get<AppointmentDoc>('appointments', req.appointmentId))!;
    const id = `appt:${randomUUID()}`;
    await takeHomeVisitQuota(tx, openid, today, id, ctx.now);
    const clock = await startClock(tx, {
      subject: { type: 'appointment', id }, purpose: HOME_VISIT_CLOCK, title: '上门服务预约答复', link: APPOINTMENT_PAGES.staffHomeVisits,
      rule: HOME_VISIT_RULE, startedAt: ctx.now, recipientOpenid: openid,
    }, calendar);
    if (!clock.ok) throw new AppError(clock.error.code, clock.error.message);
    const appt: AppointmentDoc = {
      _id: id, kind: 'homeVisit', status: 'requested', service: 'homeVisit', openid, date: null, start: null, end: null,
      homeVisit: { ...homeVisit, answerDueAt: clock.data.dueAt }, createdAt: ctx.now, updatedAt: ctx.now,
      ...(input.forWhom ? { forWhom: input.forWhom } : {}),
    };
    await tx.create('appointments', appt);
    await tx.create('appointmentRequests', { _id: key, appointmentId: id, createdAt: ctx.now });
    await auditCreated(tx, appt, ctx);
    await noticeHomeVisitRequested(tx, appt, staffIds, elder, ctx.now);
    return appt;
  });
  return toAppointment(doc, { staff: false });
}
