import type { Ctx } from '../core/define';
import { slotCapacity, slotGrid } from '../../domain/slots';
import type { Appointment, DayView, StaffAbsence } from '../../shared/appointments';
import { loadCalendar } from '../deadlines';
import type { Doc } from '../ports/store';
import { closureId } from './closures';
import type { AppointmentDoc, SlotDoc } from './docs';
import { loadSettings } from './settings';
import { toAppointment } from './view';
import { mayActor } from '../core/matter-access';
import { partiesOfAppointment } from './parties';

export type AbsenceDoc = StaffAbsence & Doc;

const byStart = (a: Appointment, b: Appointment) => (a.start ?? '').localeCompare(b.start ?? '') || a.createdAt - b.createdAt;

/**
 * One day for staff: slots with capacity and bookings, the office bookings (cancelled left out),
 * the home visits fixed for that day, the absences and any closure.
 *
 * @example await dayView(ctx, '2026-12-01') // { date, working: true, slots: [...], bookings: [...], … }
 */
export async function dayView(ctx: Ctx, date: string): Promise<DayView> {
  const [settings, calendar, counters, docs, absences, closure] = await Promise.all([
    loadSettings(ctx.store),
    loadCalendar(ctx.store),
    ctx.store.find<SlotDoc>('appointmentSlots', { where: { date }, limit: 1000 }),
    ctx.store.find<AppointmentDoc>('appointments', { where: { date }, orderBy: [['start', 'asc']], limit: 1000 }),
    ctx.store.find<AbsenceDoc>('staffAbsences', { where: { date }, limit: 100 }),
    ctx.store.get<Doc & { reason: string }>('appointmentConfig', closureId(date)),
  ]);
  const counterOf = new Map(counters.map((c) => [c.start, c]));
  const slots = slotGrid(settings.slotMinutes).map((s) => {
    const c = counterOf.get(s.start);
    return { ...s, capacity: slotCapacity(settings.capacityPerSlot, c?.withdrawn ?? 0), booked: c?.booked ?? 0 };
  });
  const shown = docs.filter((d) => d.status !== 'cancelled' && mayActor(ctx.actor, partiesOfAppointment(d), 'seeContact')).map((d) => toAppointment(d, { staff: true }));
  const view: DayView = {
    date, working: calendar.isWorkingDay(date), slots,
    bookings: shown.filter((a) => a.kind === 'office').sort(byStart),
    homeVisits: shown.filter((a) => a.kind === 'homeVisit').sort(byStart),
    absences: absences.map(({ id, staffId, staffName, date: d, from, to, reason }) => ({ id, staffId, staffName, date: d, from, to, reason })),
  };
  if (closure) view.closed = { reason: closure.reason };
  return view;
}

/**
 * Home-visit requests awaiting an answer, oldest first (the `(kind, status, createdAt)` index).
 * @example await pendingHomeVisits(ctx) // [{ status: 'requested', homeVisit: { answerDueAt, … }, … }]
 */
export async function pendingHomeVisits(ctx: Ctx): Promise<Appointment[]> {
  const docs = await ctx.store.find<AppointmentDoc>('appointments', {
    where: { kind: 'homeVisit', status: 'requested' }, orderBy: [['createdAt', 'asc']], limit: 200,
  });
  return docs.filter((d) => mayActor(ctx.actor, partiesOfAppointment(d), 'seeContact')).map((d) => toAppointment(d, { staff: true }));
}
