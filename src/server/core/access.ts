import type { Actor, Role } from '../ports/identity';

/**
 * Who may call an action:
 * - `public`: anyone, signed in or not;
 * - `person`: any signed-in person (resident or staff);
 * - `staff` / `director` / `admin`: staff members holding that role (admin implies nothing else);
 * - `system`: timer triggers only.
 */
export type Access = 'public' | 'person' | 'staff' | 'director' | 'admin' | 'system';

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'staff' && actor.roles.includes(role);
}

/** @example isAllowed({ kind: 'anonymous' }, 'public') // true */
export function isAllowed(actor: Actor, access: Access): boolean {
  switch (access) {
    case 'public':
      return true;
    case 'person':
      return actor.kind === 'resident' || actor.kind === 'staff';
    case 'staff':
      return actor.kind === 'staff';
    case 'director':
      return hasRole(actor, 'director');
    case 'admin':
      return hasRole(actor, 'admin');
    case 'system':
      return actor.kind === 'system';
  }
}
