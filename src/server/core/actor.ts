import type { Actor, PlatformIdentity, Role } from '../ports/identity';
import type { Doc, Store } from '../ports/store';
import { readMarked } from './marked-cache';

/** Who signed in is looked up per openid; a village station has a few thousand residents at most. */
const ACTOR_CACHE = { space: 'actors', maxKeys: 4096 };

interface StaffDoc extends Doc {
  _id: string;
  openid?: string;
  name: string;
  roles: Role[];
  active: boolean;
  /** Units a liaison belongs to (issue 12). */
  unitIds?: string[];
}

/**
 * Turns the platform's identity into an actor: roles (and a liaison's units) come from the staff
 * table only, read again on every call (on the embedded store, kept while the staff table's change
 * mark stays the same: any write to it, from this process or another, reads again), so a role
 * change or a deactivation applies at once.
 */
export async function resolveActor(store: Store, identity: PlatformIdentity): Promise<Actor> {
  if (identity.trigger) return { kind: 'system' };
  if (!identity.openid) return { kind: 'anonymous' };
  const openid = identity.openid;
  const staff = await readMarked(store, ['staff'], openid, async () =>
    (await store.find<StaffDoc>('staff', { where: { openid, active: true }, limit: 1 }))[0] ?? null, ACTOR_CACHE);
  if (staff) {
    const actor: Actor = { kind: 'staff', openid, staffId: staff._id, name: staff.name, roles: [...staff.roles] };
    if (Array.isArray(staff.unitIds) && staff.unitIds.length) actor.unitIds = [...staff.unitIds];
    return actor;
  }
  return { kind: 'resident', openid: identity.openid };
}
