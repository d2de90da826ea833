import { maskCertNo } from '../../domain/eligibility';
import { SERVICE_LABELS, STATUS_LABELS, type Appointment } from '../../shared/appointments';
import type { AppointmentDoc } from './docs';

/**
 * An appointment as the pages show it. Residents see the certificate number masked; staff see
 * it whole, the owner's openid, and their own record of the visit's outcome.
 *
 * @example toAppointment(doc, { staff: false }).statusLabel // '已预约'
 */
export function toAppointment(doc: AppointmentDoc, opts: { staff: boolean }): Appointment {
  const a: Appointment = {
    id: doc._id, kind: doc.kind, status: doc.status, statusLabel: STATUS_LABELS[doc.status], service: doc.service,
    serviceLabel: doc.service === 'homeVisit' ? '上门服务' : SERVICE_LABELS[doc.service],
    date: doc.date, start: doc.start, end: doc.end, createdAt: doc.createdAt, updatedAt: doc.updatedAt,
  };
  if (doc.forWhom) a.forWhom = { ...doc.forWhom };
  if (doc.booker) a.booker = { ...doc.booker };
  if (doc.note) a.note = doc.note;
  if (doc.needsRescheduleReason && doc.status === 'needsReschedule') a.needsRescheduleReason = doc.needsRescheduleReason;
  if (doc.outcome && opts.staff) a.outcome = { ...doc.outcome }; // staff's own record of the visit: never sent to residents (issue 9 §3)
  if (doc.ticketId) a.ticketId = doc.ticketId;
  if (doc.homeVisit) {
    const hv = { ...doc.homeVisit, preferredDays: [...doc.homeVisit.preferredDays] };
    if (hv.disabilityCertNo && !opts.staff) hv.disabilityCertNo = maskCertNo(hv.disabilityCertNo);
    a.homeVisit = hv;
  }
  if (opts.staff && doc.openid) a.openid = doc.openid;
  if (doc.channel) a.channel = doc.channel;
  if (doc.registeredBy && opts.staff) a.registeredBy = { ...doc.registeredBy };
  return a;
}
