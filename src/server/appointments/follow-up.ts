import type { GuidanceTopic, TicketType } from '../../shared/tickets';
import type { RegisterInput } from '../tickets/register';
import type { AppointmentDoc } from './docs';

/** The ticket type (and guidance topic) a visit's follow-up gets, by the service booked. */
const TYPE_OF: Record<AppointmentDoc['service'], { type: TicketType; topic?: GuidanceTopic }> = {
  consultation: { type: 'consultation' },
  legalAid: { type: 'legalAid' },
  mediation: { type: 'mediation' },
  notary: { type: 'guidance', topic: 'notary' },
  other: { type: 'other' },
  homeVisit: { type: 'other' },
};

/**
 * The registration of the ticket that follows up a visit: 现场来访, the type by the service
 * (公证咨询 → 引导·公证), the outcome as its content, the contact of the person the visit was for
 * (the family member's elder, a home visit's contact, or whoever booked).
 *
 * @example followUpTicket(doc, '需协助申请法律援助').type // 'legalAid' for a 法律援助申请 booking
 */
export function followUpTicket(doc: AppointmentDoc, outcome: string): RegisterInput {
  const { type, topic } = TYPE_OF[doc.service];
  const contact = doc.forWhom
    ? { name: doc.forWhom.name, phone: doc.forWhom.phone }
    : { ...(doc.booker?.name ? { name: doc.booker.name } : {}), ...(doc.homeVisit?.phone || doc.booker?.phone ? { phone: doc.homeVisit?.phone || doc.booker?.phone } : {}) };
  return { requestId: 'followUp', channel: 'walkIn', type, ...(topic ? { topic } : {}), content: outcome, contact };
}
