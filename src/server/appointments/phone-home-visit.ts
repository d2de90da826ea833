import { randomUUID } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { toBeijingDate } from '../../domain/beijing';
import { homeVisitEligibility } from '../../domain/eligibility';
import { APPOINTMENT_PAGES, type Appointment, type HomeVisitDetails, type PhoneHomeVisitInput } from '../../shared/appointments';
import { loadCalendar, startClock } from '../deadlines';
import { asStaff } from '../tickets/caller';
import { requestKey, type AppointmentDoc, type RequestDoc } from './docs';
import { replayed } from './book';
import { assertPreferredDays } from './home-visit';
import { homeVisitRecipients, noticeHomeVisitRequested } from './home-visit-staff';
import { HOME_VISIT_CLOCK, HOME_VISIT_RULE } from './home-visit-clock';
import { auditCreated } from './transit';
import { toAppointment } from './view';

/**
 * Staff register a home-visit request taken on the phone (rule 一(四)3: 电话预约上门服务) for a
 * caller who does not use the mini-program: name, phone, address, and the basis as told — a birth
 * date or the age, a certificate number or its level. The same eligibility rule as online
 * (NOT_ELIGIBLE explains, nothing written), the same 1-working-day answer clock (the staff member
 * who took the call responsible, so warned and escalated like any) and the same visit flow
 * (confirm / propose, attended, outcome, rating). The request has no owner in the mini-program
 * (`openid: null`, channel 'phone'): answering it opens a 「告知结果」 task to phone the time.
 * Idempotent by `requestId` per staff member.
 *
 * @example await registerPhoneHomeVisit(ctx, { requestId: 'r-12345678', name: '王奶奶', phone: '0791-83280002', address: '西山镇西山村3组', basis: 'age70', age: 82, description: '赡养纠纷' })
 */
export async function registerPhoneHomeVisit(ctx: Ctx, input: PhoneHomeVisitInput): Promise<Appointment> {
  const actor = asStaff(ctx.actor);
  const key = requestKey('homeVisit', `staff:${actor.staffId}`, input.requestId);
  const earlier = await replayed(ctx, key);
  if (earlier) return staffView(ctx, earlier.id);
  const today = toBeijingDate(ctx.now);
  const verdict = homeVisitEligibility({
    basis: input.basis, birthDate: input.birthDate, disabilityCertNo: input.disabilityCertNo, statedAge: input.age, statedLevel: input.disabilityLevel,
  }, today);
  if (!verdict.eligible) throw new AppError(verdict.invalid ? 'VALIDATION' : 'NOT_ELIGIBLE', verdict.message, verdict.field);
  const preferredDays = [...(input.preferredDays ?? [])].sort();
  assertPreferredDays(preferredDays, today);
  const calendar = await loadCalendar(ctx.store);
  const staffIds = await homeVisitRecipients(ctx.store);
  const homeVisit: HomeVisitDetails = {
    basis: input.basis, address: input.address, phone: input.phone, preferredDays, description: input.description,
    ...(verdict.basis === 'age70' ? { age: verdict.age } : input.disabilityCertNo ? { disabilityCertNo: input.disabilityCertNo.trim().toUpperCase() } : {}),
  };
  const doc = await ctx.store.transaction(async (tx) => {
    const req = await tx.get<RequestDoc>('appointmentRequests', key);
    if (req) return (await tx.get<AppointmentDoc>('appointments', req.appointmentId))!;
    const id = `appt:${randomUUID()}`;
    const clock = await startClock(tx, {
      subject: { type: 'appointment', id }, purpose: HOME_VISIT_CLOCK, title: '上门服务预约答复', link: APPOINTMENT_PAGES.staffHomeVisits,
      rule: HOME_VISIT_RULE, startedAt: ctx.now, responsibleStaffId: actor.staffId,
    }, calendar);
    if (!clock.ok) throw new AppError(clock.error.code, clock.error.message);
    const appt: AppointmentDoc = {
      _id: id, kind: 'homeVisit', status: 'requested', service: 'homeVisit', openid: null, channel: 'phone',
      registeredBy: { staffId: actor.staffId, name: actor.name }, booker: { name: input.name, phone: input.phone },
      date: null, start: null, end: null, homeVisit: { ...homeVisit, answerDueAt: clock.data.dueAt }, createdAt: ctx.now, updatedAt: ctx.now,
    };
    await tx.create('appointments', appt);
    await tx.create('appointmentRequests', { _id: key, appointmentId: id, createdAt: ctx.now });
    await auditCreated(tx, appt, ctx);
    await noticeHomeVisitRequested(tx, appt, staffIds.filter((s) => s !== actor.staffId), `${input.name}（来电）`, ctx.now);
    return appt;
  });
  return toAppointment(doc, { staff: true });
}

async function staffView(ctx: Ctx, id: string): Promise<Appointment> {
  const doc = await ctx.store.get<AppointmentDoc>('appointments', id);
  return toAppointment(doc!, { staff: true });
}
