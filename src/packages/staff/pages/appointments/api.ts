import { callFunction } from '../../../../api/call';
import type { ApiResult } from '../../../../api/types';
import type { AbsenceResult, Appointment, DayView } from '../../../../shared/appointments';
import type { CourtesyHold } from '../../../../shared/tickets';

/** Calls one staff action of the `appointments` function (contract: src/shared/appointments.ts). */
const appt = <T>(action: string, payload: Record<string, unknown> = {}): Promise<ApiResult<T>> =>
  callFunction<T>('appointments', { action, ...payload });

/** One day: slots with counts, office bookings, confirmed home visits, 外出办案. @example await loadDay('2026-11-26') */
export const loadDay = (date: string) => appt<DayView>('day', { date });

/** Home-visit requests still waiting for an answer, oldest first. */
export const loadPendingHomeVisits = () => appt<{ items: Appointment[] }>('homeVisits');

/** Confirms a home visit at a time (stops the 1-working-day answer clock). */
export const confirmHomeVisit = (id: string, date: string, time: string, note?: string, confirmed = false) =>
  appt<Appointment | CourtesyHold>('confirmHomeVisit', { id, date, time, ...(note ? { note } : {}), ...(confirmed ? { confirmed } : {}) });

/** Proposes another time for a home visit; the resident accepts or calls. */
export const proposeHomeVisit = (id: string, date: string, time: string, note: string, confirmed = false) =>
  appt<Appointment | CourtesyHold>('proposeHomeVisit', { id, date, time, note, ...(confirmed ? { confirmed } : {}) });

/** 已到. */
export const markAttended = (id: string) => appt<Appointment>('markAttended', { id });

/** 未到. */
export const markNoShow = (id: string) => appt<Appointment>('markNoShow', { id });

/** The outcome of an attended visit; `needsFollowUp` opens a follow-up. */
export const recordOutcome = (id: string, outcome: string, needsFollowUp: boolean) =>
  appt<Appointment>('recordOutcome', { id, outcome, needsFollowUp });

/** 外出办案 registered in advance: the staff member's places are taken out of those slots. */
export const registerAbsence = (date: string, from: string, to: string, reason: string) =>
  appt<AbsenceResult>('registerAbsence', { date, from, to, reason });
