import type { MatterParties } from '../../domain/access/matter';
import type { AppointmentDoc } from './docs';

/**
 * An appointment as the one access rule reads it: the resident who booked owns it; the staff
 * member who confirmed a home visit (who goes) handles it. Never a complaint.
 *
 * @example partiesOfAppointment(doc) // { ownerOpenid: 'demo-resident', handlerIds: ['staff:demo-staff'], … }
 */
export function partiesOfAppointment(a: Pick<AppointmentDoc, 'openid' | 'staffId'>, extraHandlerIds: readonly string[] = []): MatterParties {
  const handlerIds = [...new Set([a.staffId, ...extraHandlerIds].filter((id): id is string => !!id))];
  return { ownerOpenid: a.openid, handlerIds, respondentStaffId: null, unitIds: [], restricted: false };
}
