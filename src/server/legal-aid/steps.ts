import type { Actor } from '../ports/identity';
import type { Tx } from '../ports/store';
import { AppError } from '../core/errors';
import { appendAudit, auditEvent } from '../content/audit';
import { nextLegalAidStatus, refusalOf, isOpenLegalAid } from '../../domain/legal-aid';
import type { LegalAidEvent, LegalAidStep, LegalAidStatus, StaffRef } from '../../shared/legal-aid';
import { legalAidSubject } from './ids';
import { stopMaterialsClock } from './clocks';
import type { LegalAidDoc } from './types';

/** Who did a step, in words. @example byName({ kind: 'resident', openid: 'o' }) // '申请人' */
export function byName(actor: Actor): string {
  if (actor.kind === 'staff') return actor.name;
  if (actor.kind === 'system') return '系统';
  return '申请人';
}

/** The caller as a staff reference, or FORBIDDEN. */
export function staffRefOf(actor: Actor): StaffRef {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限进行这项操作');
  return { staffId: actor.staffId, name: actor.name };
}

/**
 * The status after `event` by the table, or CONFLICT in words.
 * @example nextOrConflict(doc, 'accept') // 'accepted'
 */
export function nextOrConflict(doc: LegalAidDoc, event: LegalAidEvent): LegalAidStatus {
  const next = nextLegalAidStatus(doc.status, event);
  if (!next) throw new AppError('CONFLICT', refusalOf(doc.status, event));
  return next;
}

/** Adds a step to the timeline. */
export function withStep(doc: LegalAidDoc, kind: LegalAidStep['kind'], at: number, by: string, summary: string): LegalAidDoc {
  return { ...doc, steps: [...doc.steps, { kind, at, by, summary }] };
}

/**
 * Moves the application to `to`, writes it and its audit event (from → to, why) in the caller's
 * transaction; `open` follows the status.
 * @example await saveTransition(tx, before, after, 'accepted', ctx, 'legalAid.accept')
 */
export async function saveTransition(tx: Tx, before: LegalAidDoc, after: LegalAidDoc, to: LegalAidStatus, actor: Actor, at: number, action: string, why?: string): Promise<LegalAidDoc> {
  const saved: LegalAidDoc = { ...after, status: to, open: isOpenLegalAid(to), updatedAt: at };
  if (!saved.open) saved.queueKey = `9|${saved._id}`;
  if (!saved.open) await stopMaterialsClock(tx, saved, at, '申请已办结'); // issue 11: owed materials no longer chase a finished case
  await tx.put('legalAidApplications', saved);
  await appendAudit(tx, auditEvent({ at, actor, subject: legalAidSubject(saved._id), action, from: { status: before.status }, to: { status: to }, ...(why ? { why } : {}) }));
  return saved;
}
