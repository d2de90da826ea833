import type { Actor } from '../ports/identity';
import { TICKET_TYPES } from '../../shared/tickets';
import { SERVICE_LABELS, type ServiceKey } from '../../shared/appointments';
import type { TicketDoc } from '../tickets/types';
import type { AppointmentDoc } from '../appointments/docs';
import type { CompletedItem } from './request';
import { partiesOf } from '../tickets/caller';
import { partiesOfAppointment } from '../appointments/parties';

/**
 * A closed ticket as a completed item: handled by its assignee, major when a complaint was
 * marked major, the online resident asked.
 *
 * @example completedTicket(saved).typeKey // 'consultation'
 */
export function completedTicket(t: TicketDoc): CompletedItem {
  const who = t.assignee ?? t.closure?.by ?? null;
  return {
    subject: { type: 'ticket', id: t._id }, title: TICKET_TYPES[t.type], typeKey: t.type, typeLabel: TICKET_TYPES[t.type],
    channel: t.channel, staff: who ? { staffId: who.staffId, name: who.name } : null, ownerOpenid: t.ownerOpenid,
    contact: { ...t.contact }, major: !!t.complaint?.major, parties: partiesOf(t),
  };
}

/**
 * An appointment whose outcome was recorded, as a completed item: handled by whoever recorded
 * it, the person who booked asked. The callback's contact is the person the visit was for: the
 * family member's elder, a home visit's contact, or the resident who booked for themselves.
 *
 * @example completedAppointment(doc, ctx.actor).typeKey // 'appointment.consultation'
 */
export function completedAppointment(a: AppointmentDoc, actor: Actor): CompletedItem {
  const label = a.service === 'homeVisit' ? '上门服务' : `预约·${SERVICE_LABELS[a.service as ServiceKey] ?? '其他'}`;
  const phone = a.forWhom?.phone ?? a.homeVisit?.phone ?? a.booker?.phone;
  const name = a.forWhom?.name ?? a.booker?.name;
  const staff = actor.kind === 'staff' ? { staffId: actor.staffId, name: actor.name } : null;
  return {
    subject: { type: 'appointment', id: a._id }, title: label, typeKey: `appointment.${a.service}`, typeLabel: label,
    channel: 'appointment', staff, ownerOpenid: a.openid,
    contact: { ...(name ? { name } : {}), ...(phone ? { phone } : {}) }, major: false,
    parties: partiesOfAppointment(a, staff ? [staff.staffId] : []), // served by whoever recorded the outcome
  };
}
