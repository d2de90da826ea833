import { AppError } from './errors';
import type { Actor } from '../ports/identity';
import { contactLevel, may, refusal, relationOf, type Intent, type MatterParties, type Viewer } from '../../domain/access/matter';
import { maskName, maskPhone } from '../../domain/tickets/mask';

/**
 * The server's side of the one access rule (src/domain/access/matter.ts): turns the resolved
 * caller into a Viewer and answers a refusal as the right error. Every action that returns or
 * changes a matter calls `assertMay` (or filters with `mayActor`) — never its own role checks.
 */
export function viewerOf(actor: Actor): Viewer {
  if (actor.kind === 'staff') return { openid: actor.openid, staffId: actor.staffId, roles: actor.roles, unitIds: actor.unitIds ?? [] };
  if (actor.kind === 'resident') return { openid: actor.openid, staffId: null, roles: [], unitIds: [] };
  return { openid: null, staffId: null, roles: [], unitIds: [] };
}

/** @example mayActor(ctx.actor, partiesOfTicket(t), 'seeContact') // false for the person complained about */
export function mayActor(actor: Actor, matter: MatterParties, intent: Intent): boolean {
  if (actor.kind === 'system') return true;
  return may(viewerOf(actor), matter, intent);
}

/**
 * Throws unless the caller may: NOT_FOUND when they are nobody to the matter (another resident's
 * id looks like a missing one), FORBIDDEN with the reason otherwise. `handlerName` lets the
 * refusal say who handles it.
 *
 * @example assertMay(ctx.actor, parties, 'act', '没有找到这件事，请刷新后再试')
 */
export function assertMay(
  actor: Actor, matter: MatterParties, intent: Intent, notFoundMessage = '没有找到这件事，请刷新后再试', field = 'id', handlerName?: string,
): void {
  if (actor.kind === 'system') return;
  const viewer = viewerOf(actor);
  const why = refusal(viewer, matter, intent, handlerName);
  if (why === null) return;
  const rel = relationOf(viewer, matter, intent);
  if (rel === 'none' || rel === 'keeper' || (rel === 'liaison' && intent !== 'answerReferral')) throw new AppError('NOT_FOUND', notFoundMessage, field);
  throw new AppError('FORBIDDEN', why);
}

/**
 * The person's contact as this caller may see it: whole, the name whole with the phone masked
 * (the archivist, issue 15), masked (「陈**」「138****5678」) or nothing at all (the person
 * complained about). Absent fields stay absent.
 *
 * @example contactFor(respondentActor, parties, { name: '陈大爷', phone: '13812345678' }) // {}
 */
export function contactFor(actor: Actor, matter: MatterParties, contact: { name?: string; phone?: string }): { name?: string; phone?: string } {
  const level = actor.kind === 'system' ? 'full' : contactLevel(viewerOf(actor), matter);
  if (level === 'none') return {};
  if (level === 'full') return { ...(contact.name ? { name: contact.name } : {}), ...(contact.phone ? { phone: contact.phone } : {}) };
  if (level === 'name') return { ...(contact.name ? { name: contact.name } : {}), ...(contact.phone ? { phone: maskPhone(contact.phone) } : {}) };
  return { ...(contact.name ? { name: maskName(contact.name) } : {}), ...(contact.phone ? { phone: maskPhone(contact.phone) } : {}) };
}
