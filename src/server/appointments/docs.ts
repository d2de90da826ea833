import type { Doc } from '../ports/store';
import type {
  AppointmentKind, AppointmentOutcome, AppointmentStatus, Booker, ForWhom, HomeVisitDetails, ServiceKey,
} from '../../shared/appointments';

/** An office booking or a home-visit request, in the `appointments` collection. */
export interface AppointmentDoc extends Doc {
  kind: AppointmentKind;
  status: AppointmentStatus;
  service: ServiceKey | 'homeVisit';
  /** Who booked (and owns) it; null for a home visit staff registered from a phone call (issue 9 §5). */
  openid: string | null;
  /** 'phone': registered by staff for a caller without the mini-program (rule 一(四)3); absent: online. */
  channel?: 'phone';
  /** The staff member who took the call and registered it. */
  registeredBy?: { staffId: string; name: string };
  /** Office: the slot day; home visit: the confirmed day, null until then. */
  date: string | null;
  start: string | null;
  end: string | null;
  forWhom?: ForWhom;
  /** Office bookings: who booked, as given on the confirm screen. */
  booker?: Booker;
  note?: string;
  /** The certificate number is stored in full (staff need it); views mask it. */
  homeVisit?: HomeVisitDetails;
  needsRescheduleReason?: string | null;
  outcome?: AppointmentOutcome;
  /** The follow-up ticket opened with the outcome (needsFollowUp). */
  ticketId?: string;
  /** The staff member who confirmed a home visit (who goes). */
  staffId?: string;
  createdAt: number;
  updatedAt: number;
}

/** One slot's counter: `_id` = slot:<date>:<start>. */
export interface SlotDoc extends Doc {
  date: string;
  start: string;
  /** Places held by bookings ('booked' status). */
  booked: number;
  /** Places taken out by 外出办案 (one per absent staff member). */
  withdrawn: number;
  /** Set while the day is closed for appointments, so a booking racing the closure conflicts. */
  closed?: boolean;
}

/** A client request already carried out: `_id` = <op>:<openid>:<requestId>. */
export interface RequestDoc extends Doc {
  appointmentId: string;
  createdAt: number;
}

/**
 * The id of a slot's counter document.
 * @example slotId('2026-12-01', '09:00') // 'slot:2026-12-01:09:00'
 */
export const slotId = (date: string, start: string): string => `slot:${date}:${start}`;

/**
 * The id of an idempotency record.
 * @example requestKey('book', 'o1', 'r-12345678') // 'book:o1:r-12345678'
 */
export const requestKey = (op: 'book' | 'reschedule' | 'homeVisit', openid: string, requestId: string): string =>
  `${op}:${openid}:${requestId}`;

/**
 * The id of the record that a person holds a slot (issue 10): one per person and slot, so two
 * bookings of the same slot under different request ids cannot both pass, even at once.
 * @example heldSlotKey('o1', '2026-12-01', '09:00') // 'held:o1:2026-12-01:09:00'
 */
export const heldSlotKey = (openid: string, date: string, start: string): string => `held:${openid}:${date}:${start}`;

/** The subject of an appointment in audit events, clocks and notifications. */
export const subjectOf = (id: string): string => `appointment:${id}`;

/** @example closureId('2026-12-01') // 'closure:2026-12-01' */
export const closureId = (date: string): string => `closure:${date}`;
