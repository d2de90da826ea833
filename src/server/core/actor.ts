import type { Actor, PlatformIdentity, Role } from '../ports/identity';
import type { Doc, Store } from '../ports/store';

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
 * table only, read again on every call, so a role change or a deactivation applies at once.
 */
export async function resolveActor(store: Store, identity: PlatformIdentity): Promise<Actor> {
  if (identity.trigger) return { kind: 'system' };
  if (!identity.openid) return { kind: 'anonymous' };
  const [staff] = await store.find<StaffDoc>('staff', { where: { openid: identity.openid, active: true }, limit: 1 });
  if (staff) {
    const actor: Actor = { kind: 'staff', openid: identity.openid, staffId: staff._id, name: staff.name, roles: staff.roles };
    if (Array.isArray(staff.unitIds) && staff.unitIds.length) actor.unitIds = staff.unitIds;
    return actor;
  }
  return { kind: 'resident', openid: identity.openid };
}
