import type { Actor, PlatformIdentity, Role } from '../ports/identity';
import type { Doc, Store } from '../ports/store';

interface StaffDoc extends Doc {
  _id: string;
  openid?: string;
  name: string;
  roles: Role[];
  active: boolean;
}

/** Turns the platform's identity into an actor: roles come from the staff table only. */
export async function resolveActor(store: Store, identity: PlatformIdentity): Promise<Actor> {
  if (identity.trigger) return { kind: 'system' };
  if (!identity.openid) return { kind: 'anonymous' };
  const [staff] = await store.find<StaffDoc>('staff', { where: { openid: identity.openid, active: true }, limit: 1 });
  if (staff) return { kind: 'staff', openid: identity.openid, staffId: staff._id, name: staff.name, roles: staff.roles };
  return { kind: 'resident', openid: identity.openid };
}
