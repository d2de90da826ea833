/**
 * The roles a person in the staff table may hold (accounts by invitation, issue 12). Roles are
 * re-read from the staff table on every call; a payload never carries them.
 *
 * - `staff`: window staff (窗口工作人员) — the station's own people;
 * - `director`: the station director (工作站主任), supervises every matter;
 * - `admin`: the platform admin (平台管理人员), supervises every matter;
 * - `archivist`: keeps the archive (档案管理人员), reviews files before filing;
 * - `legalAidWorker`: a lawyer or 基层法律服务工作者 assigned legal-aid cases;
 * - `unitLiaison`: a liaison of another window or unit, sees only their unit's referrals.
 */
export const ROLES = ['staff', 'director', 'admin', 'archivist', 'legalAidWorker', 'unitLiaison'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that make a person one of the station's own staff (may use the staff workbench). */
export const STATION_ROLES: readonly Role[] = ['staff', 'director', 'admin'];

/** Each role as the station says it. */
export const ROLE_LABELS: Record<Role, string> = {
  staff: '窗口工作人员',
  director: '工作站主任',
  admin: '平台管理人员',
  archivist: '档案管理人员',
  legalAidWorker: '法律援助人员',
  unitLiaison: '单位联络员',
};
