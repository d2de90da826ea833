import type { Actor } from '../ports/identity';
import { recipientKey } from '../outbox/types';

/**
 * The inbox recipient keys a person reads: a resident's openid; a staff member's staff id and
 * also their openid (a staff member can be a resident too).
 *
 * @example inboxKeysOf({ kind: 'resident', openid: 'o1' }) // ['openid:o1']
 */
export function inboxKeysOf(actor: Actor): string[] {
  if (actor.kind === 'resident') return [recipientKey({ openid: actor.openid })];
  if (actor.kind === 'staff') return [recipientKey({ staffId: actor.staffId }), recipientKey({ openid: actor.openid })];
  return [];
}
