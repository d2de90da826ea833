/**
 * THE CONTRACT of the `appointments` cloud function (issue 4), shared by the mini-program pages
 * and the backend. Names here are stable: pages build against them.
 *
 * Every call is `{ action, ...payload }` and answers `FnResult` = `{ ok: true, data } |
 * { ok: false, error: { code, message (Chinese, show it as is), field? } }`.
 * Times: Beijing days 'YYYY-MM-DD', Beijing wall-clock 'HH:mm', instants epoch ms.
 * Every action may also answer VALIDATION (bad/unknown field, message names it),
 * UNAUTHENTICATED (not signed in) or FORBIDDEN (role missing).
 *
 * ## Residents (access `person`: any signed-in person; own records only — another person's id
 * is NOT_FOUND, exactly as a missing one, and nothing is written)
 * - `services` {} → `{ services: ServiceOption[] }`.
 * - `slots` { date } | { from, to } | {} (= today … horizon) → {@link SlotsResult}: only
 *   working days (调休 Saturdays included, weekends/holidays/closed days left out) within the
 *   horizon, slots inside office hours (lunch 12:00–13:30 excluded), past slots and slots
 *   starting sooner than `minLeadMinutes` left out; full slots are listed with `left: 0`.
 * - `book` {@link BookInput} → {@link Appointment} (status 'booked'); `booker` { name?, phone? }
 *   is who is booking (staff see it: masked in the day view, tap to call).
 *   Errors: SLOT_FULL 「该时段已约满，请选择其他时间」; NOT_FOUND (field 'start'/'date') when the
 *   slot is not offered (no such slot, past, too soon, day off, closed day, beyond the horizon);
 *   CONFLICT when the person already holds {@link MAX_ACTIVE_PER_PERSON} upcoming bookings.
 *   Idempotent: the same `requestId` from the same person answers the first booking again
 *   (whatever the payload of the retry) and books nothing more.
 * - `mine` {} → `{ items: Appointment[] }` the caller's bookings and home-visit requests,
 *   upcoming first (by date, start), then past ones newest first; at most 100.
 * - `cancel` { id, reason? } → Appointment (status 'cancelled'); the place is freed at once.
 *   CONFLICT when the status no longer allows it (attended, already cancelled …).
 * - `reschedule` {@link RescheduleInput} → Appointment (same id, new date/start, status
 *   'booked'); same slot rules and errors as `book`; allowed from 'booked' and 'needsReschedule'
 *   (office visits only). Idempotent by `requestId`.
 * - `requestHomeVisit` {@link HomeVisitInput} → Appointment (kind 'homeVisit', status
 *   'requested'); staff must answer within 1 working day (a deadline clock).
 *   NOT_ELIGIBLE when the person is under 70 and not 重度残疾 (level 1/2 certificate): the message
 *   explains it and gives the phone 0791-83280001 (rule 一(四)3: home visits are booked by phone;
 *   the phone stays). Idempotent by `requestId`.
 * - `registerHomeVisit` (access `staff`) {@link PhoneHomeVisitInput} → Appointment (channel 'phone',
 *   no owner): a request taken on the phone for a caller, with the same eligibility check
 *   (NOT_ELIGIBLE explains), the same 1-working-day answer clock (the registering staff member
 *   responsible) and the same visit flow. Nobody is told in the mini-program: confirming or
 *   proposing a time opens a 「告知结果」 task for the staff member who answers (resultCalls).
 *   Idempotent by `requestId` per staff member.
 * - `acceptProposal` { id } → Appointment ('proposed' → 'confirmed'): the resident agrees to the
 *   time staff proposed. (To refuse: `cancel`, or call.)
 *
 * ## Staff (access `staff`)
 * - `day` { date } → {@link DayView}: that day's slots with counts, office bookings, home visits.
 * - `homeVisits` {} → `{ items: Appointment[] }` home-visit requests awaiting an answer
 *   ('requested'), oldest first, with `answerDueAt`.
 * - `confirmHomeVisit` { id, date, time, note?, confirmed? } → Appointment ('requested'|'proposed' →
 *   'confirmed'); stops the answer clock; resident notified; reminder scheduled.
 * - `proposeHomeVisit` { id, date, time, note, confirmed? } → Appointment ('requested' → 'proposed');
 *   stops the answer clock; resident notified and asked to accept (or call).
 *   Both: the note is read by the resident, so it is checked for 服务忌语 (issue 9 §3) — found and
 *   not `confirmed`, the answer is `CourtesyHold` `{ sent: false, warnings }` and nothing is written.
 * - `markAttended` { id } / `markNoShow` { id } → Appointment. CONFLICT before the appointment's
 *   day (attended) or before its start (no-show).
 * - `recordOutcome` { id, outcome, needsFollowUp } → Appointment (on an 'attended' one, once).
 *   needsFollowUp registers a ticket (tickets function, channel 现场来访, type by the service:
 *   法律咨询 → consultation, 法律援助申请 → legalAid, 人民调解 → mediation, 公证咨询 → guidance
 *   (公证), other → other; the recording staff member first responder; content = the outcome) in
 *   the same transaction, linked as `ticketId` (on the appointment and its outcome).
 * - `registerAbsence` (外出办案, rule 五(一) 事先备案) { date, from, to, reason } →
 *   {@link AbsenceResult}: the staff member's place is taken out of every slot overlapping
 *   [from, to) that day; bookings that no longer fit (latest booked first) become
 *   'needsReschedule', are notified, and may `reschedule`. Must be in the future.
 *
 * ## Admin (access `admin`; every change audited)
 * - `settings` {} → {@link AppointmentSettings}.
 * - `updateSettings` Partial<AppointmentSettings> (+ why?) → AppointmentSettings.
 * - `closeDay` { date, reason } → {@link CloseDayResult}: no appointments that day (a local
 *   event; the station itself may be open — closing the whole station is the admin's calendar
 *   override in the `admin` function, which slots also respect). Bookings that day become
 *   'needsReschedule' and are notified. CONFLICT when already closed.
 * - `reopenDay` { date, why? } → `{ date, reopened: true }`; NOT_FOUND when not closed.
 * - `closedDays` {} → `{ items: DayClosure[] }` upcoming closures.
 */

/** Services a resident can book (rule 六 岗位职责). */
export type ServiceKey = 'consultation' | 'legalAid' | 'mediation' | 'notary' | 'other';

export interface ServiceOption {
  key: ServiceKey;
  /** 法律咨询 / 法律援助申请 / 人民调解 / 公证咨询 / 其他. */
  label: string;
  /** One line of what it is for. */
  hint: string;
}

export const SERVICE_LABELS: Record<ServiceKey, string> = {
  consultation: '法律咨询',
  legalAid: '法律援助申请',
  mediation: '人民调解',
  notary: '公证咨询',
  other: '其他',
};

/** At most this many upcoming office bookings per person (a family member booking for elders included). */
export const MAX_ACTIVE_PER_PERSON = 3;

/** The phone for home visits and anything urgent (rule 一(四)3, rule 八). */
export const STATION_PHONE = '0791-83280001';

export interface Slot {
  start: string;
  end: string;
  /** Places this slot has (capacityPerSlot minus places taken out by 外出办案). */
  capacity: number;
  /** Places still free (0 = 已约满). */
  left: number;
}

export interface SlotDay {
  date: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Shown as a tag: 'adjustedWorkday' = 调休上班. */
  reason: 'weekday' | 'adjustedWorkday' | 'overrideWorking';
  /** The year's official holiday notice is not yet in the data: the day may still change. */
  provisional: boolean;
  slots: Slot[];
}

export interface SlotsResult {
  days: SlotDay[];
  /** The last day that can be booked. */
  horizonEnd: string;
  minLeadMinutes: number;
  serverNow: number;
}

/**
 * The person who made an office booking, as given on the confirm screen (prefilled with the
 * profile's name; the phone is optional). Staff see it in the day view (phone masked, tap to
 * call); the resident sees it on their own bookings only.
 */
export interface Booker {
  name?: string;
  phone?: string;
}

/** Someone else the booking is for (a family member books for an elder). */
export interface ForWhom {
  name: string;
  /** e.g. 父亲, 母亲, 本人的亲属. */
  relation: string;
  phone: string;
}

export interface BookInput {
  service: ServiceKey;
  date: string;
  /** 'HH:mm', a slot start from `slots`. */
  start: string;
  /** Client-made id (8–64 of [A-Za-z0-9_-]), kept across retries of the same tap. */
  requestId: string;
  forWhom?: ForWhom;
  /** Who is booking: name (≤ 20) and an optional phone. */
  booker?: Booker;
  /** Up to 200 characters. */
  note?: string;
}

export interface RescheduleInput {
  id: string;
  date: string;
  start: string;
  requestId: string;
}

export type HomeVisitBasis = 'age70' | 'severeDisability';

/**
 * `registerHomeVisit` (staff, issue 9 §5; rule 一(四)3: home visits are booked by phone): what
 * the caller tells on the phone. `age` or `birthDate` for 'age70'; `disabilityCertNo` or
 * `disabilityLevel` (1–4, as told) for 'severeDisability' — the same eligibility rule as online.
 */
export interface PhoneHomeVisitInput {
  requestId: string;
  name: string;
  phone: string;
  address: string;
  basis: HomeVisitBasis;
  birthDate?: string;
  age?: number;
  disabilityCertNo?: string;
  disabilityLevel?: number;
  /** 0–5 days the caller prefers (may be none: staff call back to agree a day). */
  preferredDays?: string[];
  description: string;
}

export interface HomeVisitInput {
  basis: HomeVisitBasis;
  /** Required for 'age70' unless the caller's own profile holds it (not when booking forWhom). */
  birthDate?: string;
  /** Required for 'severeDisability': the 20-character 残疾人证 number (level 一级/二级). */
  disabilityCertNo?: string;
  address: string;
  phone: string;
  /** 1–5 Beijing days the elder prefers. */
  preferredDays: string[];
  /** Up to 300 characters. */
  description: string;
  requestId: string;
  forWhom?: ForWhom;
}

export type AppointmentKind = 'office' | 'homeVisit';

/**
 * Office visit: booked → cancelled | attended | noShow | needsReschedule; needsReschedule →
 * booked (reschedule) | cancelled.
 * Home visit: requested → confirmed | proposed | cancelled; proposed → confirmed | cancelled;
 * confirmed → attended | noShow | cancelled.
 */
export type AppointmentStatus =
  | 'booked'
  | 'needsReschedule'
  | 'requested'
  | 'proposed'
  | 'confirmed'
  | 'cancelled'
  | 'attended'
  | 'noShow';

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: '已预约',
  needsReschedule: '需改约',
  requested: '待答复',
  proposed: '待您确认',
  confirmed: '已确认',
  cancelled: '已取消',
  attended: '已到访',
  noShow: '未到',
};

export interface HomeVisitDetails {
  basis: HomeVisitBasis;
  /** Age on the day of the request, when the basis is age. */
  age?: number;
  /** Masked for display except to staff: '3601**********1241' style. */
  disabilityCertNo?: string;
  address: string;
  phone: string;
  preferredDays: string[];
  description: string;
  /** Staff must answer by then (1 working day). */
  answerDueAt?: number | null;
  /** A time staff proposed, waiting for the resident. */
  proposal?: { date: string; time: string; note: string };
  /** Staff's note with the confirmation. */
  confirmNote?: string;
}

/** What staff recorded after the visit. */
export interface AppointmentOutcome {
  text: string;
  needsFollowUp: boolean;
  /** The ticket opened for the follow-up. */
  ticketId?: string;
  recordedBy: string;
  recordedAt: number;
}

export interface Appointment {
  id: string;
  kind: AppointmentKind;
  status: AppointmentStatus;
  statusLabel: string;
  /** Office visits: the service booked; home visits: 'other'… shown as 上门服务. */
  service: ServiceKey | 'homeVisit';
  serviceLabel: string;
  /** Office: the slot day; home visit: the confirmed day (null until confirmed). */
  date: string | null;
  start: string | null;
  end: string | null;
  /** Who the appointment is for, when not the person who booked. */
  forWhom?: ForWhom;
  /** Office bookings: the person who booked, when they gave their name/phone. */
  booker?: Booker;
  note?: string;
  homeVisit?: HomeVisitDetails;
  /** Why it needs a new time (外出办案 / 当天暂停预约), shown with status 'needsReschedule'. */
  needsRescheduleReason?: string;
  outcome?: AppointmentOutcome;
  /** The follow-up ticket opened with the outcome, when the visit needed one. */
  ticketId?: string;
  createdAt: number;
  updatedAt: number;
  /** Staff views only: the booking person's openid and the staff member who acted last. */
  openid?: string;
  /** 'phone': a home visit staff registered for a caller without the mini-program (issue 9 §5). */
  channel?: 'phone';
  /** Staff views: who took the call and registered it. */
  registeredBy?: { staffId: string; name: string };
}

export interface DaySlotCount {
  start: string;
  end: string;
  capacity: number;
  booked: number;
}

export interface DayView {
  date: string;
  working: boolean;
  /** Set when the admin closed the day for appointments. */
  closed?: { reason: string };
  slots: DaySlotCount[];
  /** Office bookings of the day, by start (cancelled ones left out). */
  bookings: Appointment[];
  /** Home visits confirmed for that day. */
  homeVisits: Appointment[];
  /** 外出办案 registered for that day. */
  absences: StaffAbsence[];
}

export interface StaffAbsence {
  id: string;
  staffId: string;
  staffName: string;
  date: string;
  from: string;
  to: string;
  reason: string;
}

export interface AbsenceResult {
  absence: StaffAbsence;
  /** Slots whose capacity went down by one. */
  slotsAffected: string[];
  /** Bookings moved to 'needsReschedule' and notified. */
  needsReschedule: string[];
}

export interface AppointmentSettings {
  /** Places per slot, 1–20 (default 2). */
  capacityPerSlot: number;
  /** Slot length in minutes, 15–120, a multiple of 5 (default 30). */
  slotMinutes: number;
  /** How many calendar days ahead can be booked, 1–60 (default 14). */
  horizonDays: number;
  /** A slot must start at least this many minutes after now, 0–1440 (default 120). */
  minLeadMinutes: number;
  /** Incremented by each change. */
  version: number;
}

export interface DayClosure {
  date: string;
  reason: string;
  closedBy: string;
  closedAt: number;
}

export interface CloseDayResult {
  closure: DayClosure;
  needsReschedule: string[];
}

/** Action names, for the pages' API wrapper. */
export type AppointmentsAction =
  | 'services' | 'slots' | 'book' | 'mine' | 'cancel' | 'reschedule' | 'requestHomeVisit' | 'acceptProposal'
  | 'day' | 'homeVisits' | 'registerHomeVisit' | 'confirmHomeVisit' | 'proposeHomeVisit' | 'markAttended' | 'markNoShow' | 'recordOutcome'
  | 'registerAbsence' | 'settings' | 'updateSettings' | 'closeDay' | 'reopenDay' | 'closedDays';

/**
 * Pages the appointment notifications (inbox entries, subscribe messages) open. Pages helper:
 * create your pages at these paths, or change them here (the backend reads this constant).
 */
export const APPOINTMENT_PAGES = {
  /** The resident's bookings and home-visit requests. */
  mine: '/packages/booking/pages/mine/index',
  /** Staff day view; add `?date=YYYY-MM-DD`. */
  staffDay: '/packages/staff/pages/appointments/index',
  /** Staff list of home-visit requests awaiting an answer: the day view lists them too. */
  staffHomeVisits: '/packages/staff/pages/appointments/index',
} as const;

/** Subscribe-message purposes (keys of the TEMPLATE_IDS configuration) the function uses. */
export const APPOINTMENT_PURPOSES = {
  booked: 'appointmentBooked',
  reminder: 'appointmentReminder',
  changed: 'appointmentChanged',
  /** The resident cancelled (issue 9 §6: its own message, not silence). */
  cancelled: 'appointmentCancelled',
  /** The resident moved an office booking: from → to, its own message (not a second 「预约成功」). */
  rescheduled: 'appointmentRescheduled',
  homeVisitAnswered: 'homeVisitAnswered',
  /** To staff: a resident asked for a home visit (issue 4). */
  homeVisitRequested: 'homeVisitRequested',
} as const;
