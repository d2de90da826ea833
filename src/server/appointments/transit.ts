import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';
import type { Tx } from '../ports/store';
import { nextStatus, refusalMessage, type AppointmentEvent } from '../../domain/appointment-status';
import { appendAudit, auditEvent } from '../content/audit';
import { subjectOf, type AppointmentDoc } from './docs';

/**
 * Moves an appointment by one event of its transition table, inside the caller's transaction:
 * refuses (CONFLICT, nothing written) what the table does not allow, writes the new status with
 * `patch`, and appends the audit event (who, when, from, to, why).
 *
 * @example
 * const next = await transit(tx, doc, 'cancel', { actor, now }, {}, '临时有事');
 */
export async function transit(
  tx: Tx, doc: AppointmentDoc, event: AppointmentEvent, by: { actor: Actor; now: number },
  patch: Partial<AppointmentDoc> = {}, why?: string,
): Promise<AppointmentDoc> {
  const status = nextStatus(doc.kind, doc.status, event);
  if (status === null) throw new AppError('CONFLICT', refusalMessage(doc.status, event), 'id');
  const next: AppointmentDoc = { ...doc, ...patch, status, updatedAt: by.now };
  await tx.update('appointments', doc._id, { ...patch, status, updatedAt: by.now });
  await appendAudit(tx, auditEvent({
    at: by.now, actor: by.actor, subject: subjectOf(doc._id), action: `appointment.${event}`,
    from: { status: doc.status, date: doc.date, start: doc.start },
    to: { status, date: next.date, start: next.start }, why,
  }));
  return next;
}

/**
 * Records the creation of an appointment in the audit trail.
 * @example await auditCreated(tx, doc, { actor, now })
 */
export async function auditCreated(tx: Tx, doc: AppointmentDoc, by: { actor: Actor; now: number }): Promise<void> {
  await appendAudit(tx, auditEvent({
    at: by.now, actor: by.actor, subject: subjectOf(doc._id), action: `appointment.${doc.kind === 'office' ? 'book' : 'requestHomeVisit'}`,
    to: { status: doc.status, date: doc.date, start: doc.start },
  }));
}
