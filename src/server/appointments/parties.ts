import type { MatterParties } from '../../domain/access/matter';
import type { AppointmentDoc } from './docs';

/**
 * An appointment as the one access rule reads it: the resident who booked owns it; it is served
 * by whoever is on duty, so no one handles it before its outcome (any station staff confirm,
 * mark and record it). `servedBy` names who served it once it is completed — the staff member
 * whose rating it is (本人登记 when they record it themselves). Never a complaint.
 *
 * @example partiesOfAppointment(doc, ['staff:demo-staff']) // { ownerOpenid: 'demo-resident', handlerIds: ['staff:demo-staff'], … }
 */
export function partiesOfAppointment(a: Pick<AppointmentDoc, 'openid'>, servedBy: readonly string[] = []): MatterParties {
  const handlerIds = [...new Set(servedBy)];
  return { ownerOpenid: a.openid, handlerIds, respondentStaffId: null, unitIds: [], restricted: false };
}
