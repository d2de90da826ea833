import type { Tx } from '../ports/store';
import { enqueue } from '../outbox/enqueue';
import { recipientKey, type Recipient } from '../outbox/types';
import { ticketLink } from '../../shared/tickets';
import { ticketSubject } from './ids';
import type { TicketDoc } from './types';
import { may } from '../../domain/access/matter';
import { partiesOf } from './caller';

/** Purposes of ticket notifications (keys of runtime.templates). */
export const TICKET_PURPOSES = {
  accepted: 'ticketAccepted',
  reply: 'ticketReply',
  notice: 'ticketNotice',
  delay: 'ticketDelay',
  closed: 'ticketClosed',
  handedOn: 'ticketHandedOn',
  major: 'complaintMajor',
} as const;

interface Message {
  purpose: string;
  title: string;
  body: string;
}

async function send(tx: Tx, ticket: TicketDoc, eventId: string, recipient: Recipient, who: 'resident' | 'staff', m: Message, now: number) {
  return enqueue(tx, {
    key: `${ticketSubject(ticket._id)}:${eventId}:${recipientKey(recipient)}`,
    recipient,
    purpose: m.purpose,
    title: m.title,
    body: m.body,
    link: ticketLink(ticket._id, who),
    subject: ticketSubject(ticket._id),
    ...(ticket.dueAt !== null && who === 'staff' ? { dueAt: ticket.dueAt } : {}),
  }, now);
}

/**
 * Tells the resident who submitted the ticket online (in-app inbox + WeChat when consented);
 * tickets staff registered have nobody to tell here. True when a message was written.
 *
 * @example await tellResident(tx, ticket, event.id, { purpose: 'ticketReply', title: '工作站答复了您', body: text }, now)
 */
export async function tellResident(tx: Tx, ticket: TicketDoc, eventId: string, m: Message, now: number): Promise<boolean> {
  if (!ticket.ownerOpenid) return false;
  await send(tx, ticket, eventId, { openid: ticket.ownerOpenid }, 'resident', m, now);
  return true;
}

/**
 * Tells staff members (by staff id), once each — never one the one access rule keeps from the
 * ticket: the person a complaint is about (a director among "every director") is not told of it.
 * Station staff may see any other ticket, so the staff id alone decides.
 *
 * @example await tellStaff(tx, ticket, event.id, ['staff:2'], { purpose: 'ticketHandedOn', title: '转交给您', body }, now)
 */
export async function tellStaff(tx: Tx, ticket: TicketDoc, eventId: string, staffIds: string[], m: Message, now: number): Promise<void> {
  const parties = partiesOf(ticket);
  for (const staffId of [...new Set(staffIds)]) {
    if (!may({ openid: null, staffId, roles: ['staff'], unitIds: [] }, parties, 'see')) continue;
    await send(tx, ticket, eventId, { staffId }, 'staff', m, now);
  }
}
