import { AppError } from '../core/errors';
import { assertMay, mayActor, viewerOf } from '../core/matter-access';
import type { Actor } from '../ports/identity';
import type { Tx } from '../ports/store';
import { relationOf, type Intent, type MatterParties } from '../../domain/access/matter';
import type { LegalAidDoc } from './types';

export const NOT_FOUND_MESSAGE = '没有找到这份法律援助申请，请刷新后再试';

/** NOT_FOUND for an application id, the same words whoever asks. */
export const notFound = () => new AppError('NOT_FOUND', NOT_FOUND_MESSAGE, 'id');

/**
 * The application as the one access rule reads it: the applicant owns it; its handlers are the
 * first responder, whoever accepted or decided it and the assigned worker's account.
 *
 * @example partiesOf(doc).handlerIds // ['staff:demo-staff']
 */
export function partiesOf(doc: Pick<LegalAidDoc, 'ownerOpenid' | 'handlerIds'>): MatterParties {
  return { ownerOpenid: doc.ownerOpenid, handlerIds: doc.handlerIds, respondentStaffId: null, unitIds: [], restricted: false };
}

/**
 * Whether the caller may read the applicant's id number in full: the applicant, the case's
 * handlers and the supervisors — the matter read as restricted, so other station staff see it
 * masked (one access rule, `seeContact` on a restricted matter).
 *
 * @example mayReadIdNumber(windowStaffNotHandling, doc) // false
 */
export function mayReadIdNumber(actor: Actor, doc: Pick<LegalAidDoc, 'ownerOpenid' | 'handlerIds'>): boolean {
  return mayActor(actor, { ...partiesOf(doc), restricted: true }, 'seeContact');
}

/**
 * Reads an application in a transaction and checks the caller may do `intent` on it
 * (NOT_FOUND for a stranger, FORBIDDEN otherwise).
 * @example const doc = await loadFor(tx, ctx.actor, id, 'act');
 */
export async function loadFor(tx: Pick<Tx, 'get'>, actor: Actor, id: string, intent: Intent): Promise<LegalAidDoc> {
  const doc = await tx.get<LegalAidDoc>('legalAidApplications', id);
  if (!doc) throw notFound();
  assertMay(actor, partiesOf(doc), intent, NOT_FOUND_MESSAGE);
  return doc;
}

/**
 * The applicant's own actions (supply materials, withdraw): a resident must be the owner —
 * anyone else is NOT_FOUND through the one rule; staff must be allowed to act.
 * @example const doc = await loadAsOwnerOrActor(tx, ctx.actor, id);
 */
export async function loadAsOwnerOrActor(tx: Pick<Tx, 'get'>, actor: Actor, id: string): Promise<LegalAidDoc> {
  const doc = await tx.get<LegalAidDoc>('legalAidApplications', id);
  if (!doc) throw notFound();
  const parties = partiesOf(doc);
  if (actor.kind === 'staff' && relationOf(viewerOf(actor), parties) !== 'owner') {
    assertMay(actor, parties, 'act', NOT_FOUND_MESSAGE);
    return doc;
  }
  assertMay(actor, parties, 'see', NOT_FOUND_MESSAGE);
  if (relationOf(viewerOf(actor), parties) !== 'owner') throw notFound();
  return doc;
}

/** Adds a handler (once). @example withHandler(['a'], 'b') // ['a', 'b'] */
export function withHandler(ids: readonly string[], staffId: string | null | undefined): string[] {
  return staffId && !ids.includes(staffId) ? [...ids, staffId] : [...ids];
}
