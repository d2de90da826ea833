import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { TicketEvent } from '../../shared/tickets';
import { nextTicketStatus, refusalOf } from '../../domain/tickets/status';
import { assertMay } from '../core/matter-access';
import { partiesOf, type StaffActor } from './caller';
import type { TicketDoc } from './types';

/** NOT_FOUND for a ticket id, the same words whoever asks. */
export const notFound = () => new AppError('NOT_FOUND', '没有找到这件事，请刷新后再试', 'id');

/**
 * Reads a ticket inside a transaction for `event` by a staff member and checks, in order: it
 * exists (NOT_FOUND), the caller may act on it by the one access rule (FORBIDDEN — so nobody
 * learns the state of a matter they may not touch), the status table allows the event
 * (CONFLICT). Answers the ticket and the status after the event.
 *
 * @example const { ticket, next } = await loadForEvent(tx, 'tk_1', actor, 'reply');
 */
export async function loadForEvent(tx: Tx, id: string, actor: StaffActor, event: TicketEvent) {
  const ticket = await tx.get<TicketDoc>('tickets', id);
  if (!ticket) throw notFound();
  assertMay(actor, partiesOf(ticket), 'act', undefined, 'id', ticket.assignee?.name ?? ticket.firstResponder?.name);
  const next = nextTicketStatus(ticket.status, event);
  if (!next) throw new AppError('CONFLICT', refusalOf(ticket.status, event));
  return { ticket, next };
}
