import type { MatterParties } from '../../domain/access/matter';
import type { Tx } from '../ports/store';
import type { TicketDoc } from '../tickets/types';
import { partiesOf } from '../tickets/caller';
import type { AppointmentDoc } from '../appointments/docs';
import { partiesOfAppointment } from '../appointments/parties';
import type { RatingSubject } from '../../shared/ratings';

/** Parties of a subject nobody can find: a station matter only its supervisors reach. */
const UNKNOWN: MatterParties = { ownerOpenid: null, handlerIds: [], respondentStaffId: null, unitIds: [], restricted: true };

/**
 * The parties of a rating's or callback's matter, for the one access rule: the snapshot stored
 * when the item was completed, or — on a document written before issue 9 — read from the ticket
 * or appointment itself.
 *
 * @example await partiesOfItem(tx, task) // { respondentStaffId: 'staff:demo-staff', restricted: true, … }
 */
export async function partiesOfItem(reader: Pick<Tx, 'get'>, item: { subject: RatingSubject; parties?: MatterParties }): Promise<MatterParties> {
  if (item.parties) return item.parties;
  if (item.subject.type === 'ticket') {
    const t = await reader.get<TicketDoc>('tickets', item.subject.id);
    return t ? partiesOf(t) : UNKNOWN;
  }
  const a = await reader.get<AppointmentDoc>('appointments', item.subject.id);
  return a ? partiesOfAppointment(a) : UNKNOWN;
}
