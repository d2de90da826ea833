import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { TicketEvent } from '../../shared/tickets';
import { nextTicketStatus, refusalOf } from '../../domain/tickets/status';
import { mayAct } from '../../domain/tickets/privacy';
import { callerOf, partiesOf, type StaffActor } from './caller';
import type { TicketDoc } from './types';

/** NOT_FOUND for a ticket id, the same words whoever asks. */
export const notFound = () => new AppError('NOT_FOUND', '没有找到这件事，请刷新后再试', 'id');

/**
 * Reads a ticket inside a transaction for `event` by a staff member and checks, in order: it
 * exists (NOT_FOUND), the status table allows the event (CONFLICT), the caller may act on it
 * (FORBIDDEN). Answers the ticket and the status after the event.
 *
 * @example const { ticket, next } = await loadForEvent(tx, 'tk_1', actor, 'reply');
 */
export async function loadForEvent(tx: Tx, id: string, actor: StaffActor, event: TicketEvent) {
  const ticket = await tx.get<TicketDoc>('tickets', id);
  if (!ticket) throw notFound();
  const next = nextTicketStatus(ticket.status, event);
  if (!next) throw new AppError('CONFLICT', refusalOf(ticket.status, event));
  const refusal = mayAct(callerOf(actor), partiesOf(ticket), event, ticket.assignee?.name);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  return { ticket, next };
}
