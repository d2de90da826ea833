import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines';
import type { TicketStaffView } from '../../shared/tickets';
import type { StaffActor } from './caller';
import type { TicketDoc } from './types';
import { staffView } from './views';

/**
 * The staff view of a ticket with its live clock, read through `reader` (a transaction or the store).
 * @example await loadStaffView(tx, ticket, actor, now)
 */
export async function loadStaffView(reader: Pick<Tx, 'get'>, t: TicketDoc, actor: StaffActor, now: number): Promise<TicketStaffView> {
  const clock = t.clock ? await reader.get<ClockDoc>('clocks', t.clock.id) : null;
  return staffView(t, actor, clock, now);
}
