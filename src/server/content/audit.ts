import { randomUUID } from 'node:crypto';
import type { Actor } from '../ports/identity';
import type { Doc, Tx } from '../ports/store';

/** Who did it, as written into the audit trail. */
export type AuditActor = { staffId: string; name: string } | { kind: 'system' | 'resident' | 'anonymous'; openid?: string };

/** One append-only audit event: who, when, what, from, to, why (DESIGN: every state change). */
export interface AuditFields {
  at: number;
  /** What was changed, e.g. 'content:guide:notary' or 'calendar:2026-10-10'. */
  subject: string;
  /** e.g. 'content.update', 'calendar.set'. */
  action: string;
  from?: unknown;
  to?: unknown;
  why?: string;
}

export type AuditEvent = AuditFields & Doc & { actor: AuditActor };

/**
 * The audit form of an actor: staff by id and name, anyone else by kind.
 *
 * @example
 * auditActor({ kind: 'staff', openid: 'demo-admin', staffId: 'staff:admin', name: '示例·赵某', roles: ['admin'] })
 * // { staffId: 'staff:admin', name: '示例·赵某' }
 */
export function auditActor(actor: Actor): AuditActor {
  if (actor.kind === 'staff') return { staffId: actor.staffId, name: actor.name };
  if (actor.kind === 'resident') return { kind: 'resident', openid: actor.openid };
  return { kind: actor.kind };
}

/**
 * Builds an audit event with a fresh id. Built inside a transaction that runs twice it simply
 * gets another id: only the committed attempt leaves an event.
 *
 * @example
 * auditEvent({ at: now, actor, subject: 'calendar:2026-10-10', action: 'calendar.set', to: { working: false } })
 */
export function auditEvent(fields: AuditFields & { actor: Actor }): AuditEvent {
  const { actor, ...rest } = fields;
  const event: AuditEvent = { _id: `audit:${randomUUID()}`, ...rest, actor: auditActor(actor) };
  for (const key of ['from', 'to', 'why'] as const) if (event[key] === undefined) delete event[key];
  return event;
}

/**
 * Appends an event inside the caller's transaction, so the change and its record commit together.
 *
 * @example
 * await store.transaction(async (tx) => { await tx.put('content', doc); await appendAudit(tx, event); });
 */
export async function appendAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await tx.create('audit', event);
}
