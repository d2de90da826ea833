import type { Actor, Role } from '../ports/identity';
import { STATION_ROLES } from '../../shared/roles';

/**
 * Who may call an action (the first gate; what they may see or do on one matter is decided by
 * the one matter rule, `src/domain/access/matter.ts`):
 * - `public`: anyone, signed in or not;
 * - `person`: any signed-in person (resident or anyone in the staff table);
 * - `staff`: the station's own people (roles staff, director or admin) — not unit liaisons,
 *   archivists or legal-aid workers who hold no station role;
 * - `director` / `admin` / `archivist` / `legalAidWorker` / `unitLiaison`: holders of that role;
 * - `system`: timer triggers only.
 * An action may list several levels: any one of them lets the caller in.
 */
export type AccessLevel = 'public' | 'person' | 'staff' | 'director' | 'admin' | 'archivist' | 'legalAidWorker' | 'unitLiaison' | 'system';
export type Access = AccessLevel | readonly AccessLevel[];

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'staff' && actor.roles.includes(role);
}

/** True for the station's own people. @example isStationStaff({ kind: 'staff', openid: 'o', staffId: 's', name: 'n', roles: ['unitLiaison'] }) // false */
export function isStationStaff(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.roles.some((r) => STATION_ROLES.includes(r));
}

function allows(actor: Actor, level: AccessLevel): boolean {
  switch (level) {
    case 'public':
      return true;
    case 'person':
      return actor.kind === 'resident' || actor.kind === 'staff';
    case 'staff':
      return isStationStaff(actor);
    case 'system':
      return actor.kind === 'system';
    default:
      return hasRole(actor, level);
  }
}

/** @example isAllowed({ kind: 'anonymous' }, 'public') // true */
export function isAllowed(actor: Actor, access: Access): boolean {
  return typeof access === 'string' ? allows(actor, access) : access.some((level) => allows(actor, level));
}
