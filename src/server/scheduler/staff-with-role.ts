import type { Role } from '../ports/identity';
import { MAX_PAGE, type Doc, type Store } from '../ports/store';

export interface StaffRef extends Doc {
  _id: string;
  name: string;
  openid?: string;
  roles: Role[];
}

/**
 * Active staff holding `role` (the directors for escalations, the admins for daily tasks). The
 * staff table is small — one station — so one page is read and filtered here, since the store
 * cannot query inside an array.
 *
 * @example await staffWithRole(store, 'director') // [{ _id: 'staff:director', name: '…', roles: ['staff', 'director'] }]
 */
export async function staffWithRole(store: Store, role: Role): Promise<StaffRef[]> {
  const staff = await store.find<StaffRef & { active: boolean }>('staff', { where: { active: true }, limit: MAX_PAGE });
  return staff.filter((s) => Array.isArray(s.roles) && s.roles.includes(role));
}
