import { randomUUID } from 'node:crypto';
import type { Tx } from '../ports/store';
import type { Actor } from '../ports/identity';
import { appendAudit, auditEvent } from '../content/audit';
import type { TimelineEvent } from '../../shared/tickets';
import { closedQueueKey, queueKeyOf } from '../../domain/tickets/clocks';
import { ticketSubject } from './ids';
import type { TicketDoc } from './types';

/**
 * A new timeline event with a fresh id.
 * @example newEvent(now, 'accepted', ref, '示例·张某 受理') // { id: 'ev_…', at: now, kind: 'accepted', … }
 */
export function newEvent(at: number, kind: TimelineEvent['kind'], by: TimelineEvent['by'], summary: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const event: TimelineEvent = { id: `ev_${randomUUID().replace(/-/g, '').slice(0, 12)}`, at, kind, by, summary };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (event as unknown as Record<string, unknown>)[k] = v;
  return event;
}

/**
 * The inbox sort key a ticket should carry now: by due time while open, newest closed first
 * once closed.
 */
export function queueKeyFor(t: Pick<TicketDoc, '_id' | 'status' | 'dueAt' | 'createdAt' | 'closedAt'>): string {
  return t.status === 'closed' ? closedQueueKey(t.closedAt ?? t.createdAt, t._id) : queueKeyOf(t.dueAt, t.createdAt, t._id);
}

/**
 * Writes the changed ticket with `event` appended to its timeline, and the matching audit event
 * (who, when, from, to, why) — in the caller's transaction, so they commit together. The page's
 * `requestId`, when given, is recorded against the event so the same request is never acted on twice.
 *
 * @example await saveWithEvent(tx, before, { ...before, status: 'processing' }, event, actor, now)
 */
export async function saveWithEvent(tx: Tx, before: TicketDoc, after: TicketDoc, event: TimelineEvent, actor: Actor, now: number, requestId?: string): Promise<TicketDoc> {
  const saved: TicketDoc = { ...after, open: after.status !== 'closed', timeline: [...after.timeline, event], updatedAt: now };
  if (requestId) saved.handledRequests = { ...after.handledRequests, [requestId]: event.id };
  saved.queueKey = queueKeyFor(saved);
  await tx.put('tickets', saved);
  await appendAudit(tx, auditEvent({
    at: now,
    actor,
    subject: ticketSubject(before._id),
    action: `ticket.${event.kind}`,
    from: { status: before.status, assignee: before.assignee?.staffId ?? null },
    to: { status: saved.status, assignee: saved.assignee?.staffId ?? null, event: event.id },
    why: event.text ?? event.summary,
  }));
  return saved;
}
