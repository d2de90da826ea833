import { ROLES, ROLE_LABELS, STATION_ROLES, type Role } from '../../shared/roles';

/**
 * Role sets of a staff account (issue 12). Pure: what the admin chose in, the stored set or the
 * reason it is refused out. Roles never come from anywhere but these choices.
 */

/** A refused choice: the message names what to change, `field` the input to blame. */
export interface RoleSetProblem {
  message: string;
  field: 'roles' | 'unitIds';
}

/**
 * The role set as stored (in the order of ROLES, each once) and its units, or the problem:
 * at least one role; a unit liaison names the unit(s) and holds no station role (they belong
 * to another unit and see only its referrals); units only for a liaison.
 *
 * @example checkRoleSet(['director', 'staff'], []) // { roles: ['staff', 'director'], unitIds: [] }
 * @example checkRoleSet(['unitLiaison'], []) // { message: '单位联络员需要选择所属单位', field: 'unitIds' }
 */
export function checkRoleSet(roles: readonly Role[], unitIds: readonly string[]): { roles: Role[]; unitIds: string[] } | RoleSetProblem {
  const set = ROLES.filter((r) => roles.includes(r));
  if (set.length === 0) return { message: '请至少选择一个岗位角色', field: 'roles' };
  const units = [...new Set(unitIds)];
  if (set.includes('unitLiaison')) {
    if (set.some((r) => STATION_ROLES.includes(r))) return { message: '单位联络员是其他单位的人员，不能同时担任工作站的岗位', field: 'roles' };
    if (units.length === 0) return { message: '单位联络员需要选择所属单位', field: 'unitIds' };
    return { roles: set, unitIds: units };
  }
  if (units.length > 0) return { message: '只有单位联络员需要选择所属单位', field: 'unitIds' };
  return { roles: set, unitIds: [] };
}

/** True when the check above refused. @example isProblem({ message: 'x', field: 'roles' }) // true */
export function isProblem(x: { roles: Role[] } | RoleSetProblem): x is RoleSetProblem {
  return 'message' in x;
}

/** A staff account as the admin rule needs it. */
export interface AccountFacts {
  staffId: string;
  active: boolean;
  roles: readonly Role[];
}

/**
 * True when the change would leave the station without an active platform admin (rule: the
 * last active admin cannot be removed or demoted — nobody could manage accounts any more).
 *
 * @example leavesNoAdmin([{ staffId: 'a', active: true, roles: ['admin'] }], { staffId: 'a', active: false, roles: ['admin'] }) // true
 */
export function leavesNoAdmin(accounts: readonly AccountFacts[], after: AccountFacts): boolean {
  const next = accounts.map((a) => (a.staffId === after.staffId ? after : a));
  const admins = (list: readonly AccountFacts[]) => list.filter((a) => a.active && a.roles.includes('admin')).length;
  return admins(next) === 0 && admins(accounts) > 0;
}

/**
 * Roles in words, the plain window role left out when a more specific one is held.
 * @example roleWords(['staff', 'director']) // '工作站主任'
 */
export function roleWords(roles: readonly Role[]): string {
  const specific = roles.filter((r) => r !== 'staff');
  return (specific.length ? specific : roles).map((r) => ROLE_LABELS[r]).join('、');
}
