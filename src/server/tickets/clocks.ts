import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { Calendar } from '../../domain/calendar';
import { clockId, startClock, stopClock, type ClockDoc } from '../deadlines';
import { TRANSFER_REPLY_PURPOSE, type TicketClockSpec } from '../../domain/tickets/clocks';
import { ticketLink } from '../../shared/tickets';
import type { TicketDoc } from './types';

/** The fields of a ticket that follow its running clock. */
export type ClockFields = Pick<TicketDoc, 'clock' | 'dueAt'>;

/**
 * Starts `spec`'s clock on a ticket inside the transaction and answers the ticket fields that
 * follow it. The notification opens the resident's page when the resident is told, the staff
 * page otherwise.
 *
 * @example const fields = await startTicketClock(tx, ticket, answerClockFor('complaint')!, now, calendar, 'staff:1');
 */
export async function startTicketClock(
  tx: Tx,
  ticket: Pick<TicketDoc, '_id' | 'ownerOpenid'>,
  spec: TicketClockSpec,
  at: number,
  calendar: Calendar,
  responsibleStaffId?: string,
): Promise<ClockFields> {
  const recipientOpenid = spec.tellResident && ticket.ownerOpenid ? ticket.ownerOpenid : undefined;
  const started = await startClock(tx, {
    subject: { type: 'ticket', id: ticket._id },
    purpose: spec.purpose,
    title: spec.title,
    link: ticketLink(ticket._id, recipientOpenid ? 'resident' : 'staff'),
    rule: spec.rule,
    startedAt: at,
    ...(responsibleStaffId ? { responsibleStaffId } : {}),
    ...(recipientOpenid ? { recipientOpenid } : {}),
    ...(spec.warnBefore ? { warnBefore: spec.warnBefore } : {}),
  }, calendar);
  if (!started.ok) throw new AppError(started.error.code, started.error.message);
  return { clock: { id: started.data._id, purpose: spec.purpose, title: spec.title }, dueAt: started.data.dueAt };
}

/**
 * Stops the ticket's running clock (if any) and tells whether the promise was kept: false when
 * the clock was already due at `at`.
 *
 * @example const { onTime } = await stopTicketClock(tx, ticket, now, '已办结');
 */
export async function stopTicketClock(tx: Tx, ticket: Pick<TicketDoc, 'clock'>, at: number, reason: string): Promise<{ onTime: boolean; fields: ClockFields }> {
  const fields: ClockFields = { clock: null, dueAt: null };
  if (!ticket.clock) return { onTime: true, fields };
  const clock = await tx.get<ClockDoc>('clocks', ticket.clock.id);
  if (!clock || clock.state === 'stopped') return { onTime: true, fields };
  const onTime = clock.dueAt === null || at <= clock.dueAt;
  await stopClock(tx, clock._id, at, reason);
  return { onTime, fields };
}

/** The id of a ticket's reply-to-the-sending-department clock (rule 八(五)6). */
export function transferClockId(ticketId: string): string {
  return clockId({ type: 'ticket', id: ticketId }, TRANSFER_REPLY_PURPOSE);
}

/**
 * Stops the reply-to-the-sending-department clock when the reply is recorded and tells whether
 * the department's deadline was kept; undefined when the ticket has no such clock (registered
 * before issue 13) or it was already stopped.
 *
 * @example const onTime = await stopTransferClock(tx, ticket, now); // true
 */
export async function stopTransferClock(tx: Tx, ticket: Pick<TicketDoc, '_id'>, at: number): Promise<boolean | undefined> {
  const clock = await tx.get<ClockDoc>('clocks', transferClockId(ticket._id));
  if (!clock || clock.state === 'stopped') return undefined;
  await stopClock(tx, clock._id, at, '已回复转来部门');
  return clock.dueAt === null || at <= clock.dueAt;
}

/**
 * Makes `staffId` the one the running clocks warn and escalate to (after a hand-on): the answer
 * clock and, for a transferred matter, the reply owed to the sending department.
 * @example await moveClockResponsibility(tx, ticket, 'staff:2', now)
 */
export async function moveClockResponsibility(tx: Tx, ticket: Pick<TicketDoc, '_id' | 'clock'>, staffId: string, at: number): Promise<void> {
  for (const id of [ticket.clock?.id, transferClockId(ticket._id)]) {
    if (!id) continue;
    const clock = await tx.get<ClockDoc>('clocks', id);
    if (!clock || clock.state === 'stopped') continue;
    await tx.update('clocks', clock._id, { responsibleStaffId: staffId, updatedAt: at });
  }
}
