import { AppError } from './errors';
import type { Actor } from '../ports/identity';
import { may, refusal, relationOf, type Intent, type MatterParties, type Viewer } from '../../domain/access/matter';

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
 * id looks like a missing one), FORBIDDEN with the reason otherwise.
 *
 * @example assertMay(ctx.actor, parties, 'act', '没有找到这件事，请刷新后再试')
 */
export function assertMay(actor: Actor, matter: MatterParties, intent: Intent, notFoundMessage = '没有找到这件事，请刷新后再试'): void {
  if (actor.kind === 'system') return;
  const viewer = viewerOf(actor);
  const why = refusal(viewer, matter, intent);
  if (why === null) return;
  const rel = relationOf(viewer, matter);
  if (rel === 'none' || (rel === 'liaison' && intent !== 'answerReferral')) throw new AppError('NOT_FOUND', notFoundMessage, 'id');
  throw new AppError('FORBIDDEN', why);
}
