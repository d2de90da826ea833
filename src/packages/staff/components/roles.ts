/** Role names as the station says them. */
const ROLE_NAMES: Record<string, string> = { staff: '窗口工作人员', director: '工作站主任', admin: '平台管理人员', archivist: '档案管理人员' }; // archivist: issue 15

/**
 * A staff member's roles in words; the plain 'staff' role is left out when a more specific one is held.
 * @example rolesText(['staff', 'director']) // '工作站主任'
 */
export function rolesText(roles: readonly string[] = []): string {
  const specific = roles.filter((r) => r !== 'staff');
  const shown = specific.length ? specific : roles;
  return shown.map((r) => ROLE_NAMES[r] ?? r).join('、') || '工作人员';
}

/**
 * True when the roles include the platform admin (who also gets the editor's link).
 * @example isAdminRole(['staff', 'admin']) // true
 */
export function isAdminRole(roles: readonly string[] = []): boolean {
  return roles.includes('admin');
}

/**
 * True for the archive's keepers (rule 九(七)(八): 档案管理人员, and the director and admin who
 * review and oversee): they get the 档案管理 link. The server checks every action again.
 * @example keepsArchives(['archivist']) // true
 * @example keepsArchives(['staff']) // false
 */
export function keepsArchives(roles: readonly string[] = []): boolean {
  return roles.some((r) => r === 'archivist' || r === 'director' || r === 'admin');
}
