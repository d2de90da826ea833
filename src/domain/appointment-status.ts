/**
 * The life of an appointment as a transition table: status → event → next status. Anything not
 * in the table is refused (the service answers CONFLICT and writes nothing).
 */
import { STATUS_LABELS, type AppointmentKind, type AppointmentStatus } from '../shared/appointments';

export type AppointmentEvent =
  | 'cancel'
  | 'attend'
  | 'noShow'
  /** 外出办案 or a closed day takes the place away: the resident must pick a new time. */
  | 'displace'
  | 'reschedule'
  | 'confirm'
  | 'propose'
  | 'accept';

type Table = Partial<Record<AppointmentStatus, Partial<Record<AppointmentEvent, AppointmentStatus>>>>;

/** Office visits: booked at a slot, by the resident. */
export const officeTransitions: Table = {
  booked: { cancel: 'cancelled', attend: 'attended', noShow: 'noShow', displace: 'needsReschedule', reschedule: 'booked' },
  needsReschedule: { reschedule: 'booked', cancel: 'cancelled' },
};

/** Home visits (上门服务): requested by the resident, answered by staff within 1 working day. */
export const homeVisitTransitions: Table = {
  requested: { confirm: 'confirmed', propose: 'proposed', cancel: 'cancelled' },
  proposed: { accept: 'confirmed', confirm: 'confirmed', cancel: 'cancelled' },
  confirmed: { attend: 'attended', noShow: 'noShow', cancel: 'cancelled' },
};

/**
 * The status after `event`, or null when the table does not allow it.
 * @example nextStatus('office', 'booked', 'cancel') // 'cancelled'
 * @example nextStatus('office', 'attended', 'cancel') // null
 * @example nextStatus('homeVisit', 'requested', 'propose') // 'proposed'
 */
export function nextStatus(kind: AppointmentKind, status: AppointmentStatus, event: AppointmentEvent): AppointmentStatus | null {
  const table = kind === 'office' ? officeTransitions : homeVisitTransitions;
  return table[status]?.[event] ?? null;
}

/**
 * Whether an appointment in this status still holds a place or a visit (counts as upcoming).
 * @example isActive('needsReschedule') // true
 * @example isActive('cancelled') // false
 */
export function isActive(status: AppointmentStatus): boolean {
  return status === 'booked' || status === 'needsReschedule' || status === 'requested' || status === 'proposed' || status === 'confirmed';
}

/** What a refused event is called in the message. */
const EVENT_WORDS: Record<AppointmentEvent, string> = {
  cancel: '取消', attend: '登记到访', noShow: '登记未到', displace: '调整', reschedule: '改约',
  confirm: '确认', propose: '另约时间', accept: '确认时间',
};

/**
 * The Chinese message for a refused transition.
 * @example refusalMessage('cancelled', 'reschedule') // '这个预约目前「已取消」，不能改约'
 */
export function refusalMessage(status: AppointmentStatus, event: AppointmentEvent, label: string = STATUS_LABELS[status]): string {
  return `这个预约目前「${label}」，不能${EVENT_WORDS[event]}`;
}
