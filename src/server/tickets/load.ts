import { AppError } from '../core/errors';
import type { Tx } from '../ports/store';
import type { TicketEvent, TimelineEvent } from '../../shared/tickets';
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
 * (CONFLICT). Answers the ticket and the status after the event. With `repeatOf`, a request
 * already acted on answers `repeat` (the event it made) before the status is checked, and the
 * caller answers as the first time, writing nothing.
 *
 * @example const { ticket, next } = await loadForEvent(tx, 'tk_1', actor, 'reply');
 */
export async function loadForEvent(tx: Tx, id: string, actor: StaffActor, event: TicketEvent, repeatOf?: (ticket: TicketDoc) => TimelineEvent | null) {
  const ticket = await tx.get<TicketDoc>('tickets', id);
  if (!ticket) throw notFound();
  assertMay(actor, partiesOf(ticket), 'act', undefined, 'id', ticket.assignee?.name ?? ticket.firstResponder?.name);
  const repeat = repeatOf?.(ticket) ?? null;
  if (repeat) return { ticket, next: ticket.status, repeat };
  const next = nextTicketStatus(ticket.status, event);
  if (!next) throw new AppError('CONFLICT', refusalOf(ticket.status, event));
  return { ticket, next, repeat };
}

/**
 * The event a repeated request already made on `ticket` (issue 10: a double tap, a retry after a
 * lost answer), or null: the event recorded for the same page `requestId`, else — the natural
 * key — the latest event of `kind` when `same` says it carries the very same content.
 *
 * @example loadForEvent(tx, id, actor, 'reply', (t) => repeatedEvent(t, input.requestId, 'reply', (e) => e.text === input.text))
 */
export function repeatedEvent(ticket: TicketDoc, requestId: string | undefined, kind: TimelineEvent['kind'], same: (e: TimelineEvent) => boolean): TimelineEvent | null {
  const byRequest = requestId ? ticket.handledRequests?.[requestId] : undefined;
  if (byRequest) return ticket.timeline.find((e) => e.id === byRequest) ?? null;
  for (let i = ticket.timeline.length - 1; i >= 0; i--) {
    const e = ticket.timeline[i];
    if (e.kind === kind) return same(e) ? e : null;
  }
  return null;
}

/**
 * The event of a transition this same person has just made on `ticket` (issue 10: a double tap
 * on an action without a page request id), or null: the ticket's last event is of `kind`, made
 * by `actor`, and `same` says it carries the same content — so the ticket is in the very state
 * the repeat asks for. Anything that happened since (another person, another step) makes it
 * no repeat, and the status table decides as before.
 *
 * @example loadForEvent(tx, id, actor, 'accept', (t) => justDoneBy(t, actor, 'accepted'))
 */
export function justDoneBy(ticket: TicketDoc, actor: StaffActor, kind: TimelineEvent['kind'], same: (e: TimelineEvent) => boolean = () => true): TimelineEvent | null {
  const last = ticket.timeline.at(-1);
  return last && last.kind === kind && 'staffId' in last.by && last.by.staffId === actor.staffId && same(last) ? last : null;
}
