import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines';
import { queueKeyOf, TRANSFER_REPLY_PURPOSE } from '../../domain/tickets/clocks';
import type { TicketDoc } from './types';

/**
 * Keeps an open ticket's copy of its due time, and so its place in the staff inbox, in step
 * when a calendar change moves the ticket's running clock — and a transferred matter's copy of
 * its reply deadline (`transferredFrom.dueAt`) when that clock moves.
 *
 * @example
 * await recomputeClocks(store, calendar, now, by, { ticket: followTicketClock });
 */
export async function followTicketClock(tx: Tx, clock: ClockDoc, now: number): Promise<void> {
  const ticket = await tx.get<TicketDoc>('tickets', clock.subjectId);
  if (ticket && clock.purpose === TRANSFER_REPLY_PURPOSE && ticket.transferredFrom && clock.dueAt !== null) {
    // rule 八(五)6: the reply deadline shown on the ticket follows its clock (closed tickets too: the reply may still be owed)
    await tx.update('tickets', ticket._id, { transferredFrom: { ...ticket.transferredFrom, dueAt: clock.dueAt }, updatedAt: now });
    return;
  }
  if (!ticket || ticket.closedAt !== null || ticket.clock?.id !== clock._id) return;
  await tx.update('tickets', ticket._id, {
    dueAt: clock.dueAt,
    queueKey: queueKeyOf(clock.dueAt, ticket.createdAt, ticket._id),
    updatedAt: now,
  });
}
