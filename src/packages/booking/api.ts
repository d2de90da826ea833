import { callFunction } from '../../api/call';
import type { ApiResult } from '../../api/types';
import type {
  Appointment, BookInput, HomeVisitInput, RescheduleInput, ServiceOption, SlotsResult,
} from '../../shared/appointments';

/** Calls one action of the `appointments` function (contract: src/shared/appointments.ts). */
const appt = <T>(action: string, payload: Record<string, unknown> = {}): Promise<ApiResult<T>> =>
  callFunction<T>('appointments', { action, ...payload });

/** The services a resident can book. @example await listServices() */
export function listServices() {
  return appt<{ services: ServiceOption[] }>('services');
}

/** Bookable days and slots from today to the horizon (only working days). @example await loadSlots() */
export function loadSlots() {
  return appt<SlotsResult>('slots');
}

/** Books one office slot; retrying with the same `requestId` never books twice. */
export function book(input: BookInput) {
  return appt<Appointment>('book', { ...input });
}

/** Moves a booking to another slot (same rules as booking). */
export function reschedule(input: RescheduleInput) {
  return appt<Appointment>('reschedule', { ...input });
}

/** The caller's own bookings and home-visit requests, upcoming first. */
export function listMine() {
  return appt<{ items: Appointment[] }>('mine');
}

/** Cancels one of the caller's bookings; the place is freed at once. */
export function cancelAppointment(id: string) {
  return appt<Appointment>('cancel', { id });
}

/** Asks for a home visit; NOT_ELIGIBLE explains why not and gives the phone. */
export function requestHomeVisit(input: HomeVisitInput) {
  return appt<Appointment>('requestHomeVisit', { ...input });
}

/** Agrees to the home-visit time staff proposed. */
export function acceptProposal(id: string) {
  return appt<Appointment>('acceptProposal', { id });
}
