import type { Role } from './roles';
import type { StudyKind } from '../domain/people/study';

/**
 * The `people` function (issue 12; rules 四(四) 挂牌上岗, 五(一) 外出办案备案, 十 学习培训):
 * staff accounts by invitation, roles, deactivation, badges linked to accounts, absences on a
 * profile, and study hours. Identity always comes from the platform; roles are re-read from the
 * staff table on every call, so a change takes effect at the caller's next tap.
 *
 * Accounts (admin only; others FORBIDDEN, nothing written):
 * - `invite` { name, roles: Role[], unitIds?, badge?: { post, duty, scope }, requestId? } →
 *   `{ invitation: InvitationView }` (code, expiresAt = now + 72 h, the mini-program path; a retry
 *   with the same requestId answers the same invitation);
 * - `invitations` {} → `{ items: InvitationView[] }`, newest first; `revokeInvitation` { code };
 * - `list` {} → `{ items: StaffAccount[], warnings: BadgeWarning[] }`;
 * - `setRoles` { staffId, roles, unitIds? } → `{ staff }`; `deactivate` { staffId } →
 *   `{ staff, openMatters: OpenMatter[], badgeRemoved }`; `reactivate` { staffId } → `{ staff, badgeRestored }`;
 *   the last active admin cannot be deactivated or lose the admin role (CONFLICT);
 * - `linkBadge` { staffId, badgeKey } → `{ staff }`: one person, one badge.
 * Any signed-in person:
 * - `acceptInvitation` { code } → `{ staff }`: binds the caller's OPENID; used / expired /
 *   revoked → CONFLICT with a Chinese message; never more roles than the invitation names.
 * Director / admin: `openMatters` { staffId } → `{ items: OpenMatter[] }` (through the one access rule).
 * Profile: `profile` { staffId? } → `{ staff, absences }` (yourself; director/admin anyone);
 * `registerAbsenceFor` (director) { staffId, date, from, to, reason }; `cancelAbsence` { id }
 * (director, or the person themselves): its places come back to the slots.
 * Study (rule 十), station staff:
 * - `studyLog` { requestId, kind: 'group'|'self'|'central', date, hours, topic } → `{ record }` (idempotent);
 * - `studySession` (organiser) { requestId, kind: 'group'|'central', date, hours, topic, attendeeIds, absentees: {staffId, reason}[] };
 * - `studyProgress` { year } → `{ items: StudyProgressItem[], station, centralHeld }` (director/admin everyone, others themselves);
 * - `studyPlan` { year, text } (own 个人学习计划), `studyArrangements` { year, items } (director: 工作站部署);
 * - `studyWrite` { requestId, kind: 'note'|'article', date, title, text };
 * - `studyReview` (director) { requestId, staffId, kind: 'check'|'praise'|'criticism', date, text };
 * - `studyRegister` { year, staffId? } → `StudyRegister` (printable); `studyRegisterXlsx` → `{ filename, base64 }`.
 */
export type PeopleAction =
  | 'invite' | 'invitations' | 'revokeInvitation' | 'acceptInvitation' | 'list' | 'setRoles' | 'deactivate'
  | 'reactivate' | 'linkBadge' | 'openMatters' | 'profile' | 'registerAbsenceFor' | 'cancelAbsence'
  | 'studyLog' | 'studySession' | 'studyProgress' | 'studyPlan' | 'studyArrangements' | 'studyWrite'
  | 'studyReview' | 'studyRegister' | 'studyRegisterXlsx';

/** The badge details an invitation may carry, published on the roster when it is accepted. */
export interface BadgeDraft {
  post: string;
  duty: string;
  scope: string;
}

export interface InvitationView {
  code: string;
  name: string;
  roles: Role[];
  unitIds: string[];
  createdAt: number;
  expiresAt: number;
  state: 'open' | 'used' | 'expired' | 'revoked';
  /** The mini-program page the link / QR opens, with the code. */
  path: string;
  /**
   * The code to scan, as an image `src`: in the cloud a 小程序码 from WeChat (`cloud://` fileID
   * in cloud storage) that opens the join page with the code as `scene`; locally a QR code of the
   * path (PNG data URL). Absent when none could be made (the code is still typed in).
   */
  qrDataUrl?: string;
  invitedBy: string;
  usedBy?: { staffId: string; name: string };
}

/** A staff account as the admin sees it. */
export interface StaffAccount {
  staffId: string;
  name: string;
  roles: Role[];
  unitIds: string[];
  active: boolean;
  /** The 挂牌上岗 badge linked to this person (a content key), if any. */
  badgeKey: string | null;
  /** True while that badge is published on the roster. */
  badgeShown: boolean;
  demo: boolean;
}

/** A badge problem the admin is warned about. */
export interface BadgeWarning {
  staffId: string;
  name: string;
  kind: 'noBadge' | 'inactiveShown';
  message: string;
}

/** A matter still assigned to a person, for the director to hand on. */
export interface OpenMatter {
  type: 'ticket' | 'homeVisit' | 'callback';
  id: string;
  title: string;
  dueAt: number | null;
  /** The page that opens it (the hand-on is done there). */
  link: string;
}

export interface AbsenceView {
  id: string;
  staffId: string;
  staffName: string;
  date: string;
  from: string;
  to: string;
  reason: string;
  /** True while it can still be cancelled (it has not ended). */
  cancellable: boolean;
}

export type { StudyKind };

export interface StudyRecordView {
  id: string;
  staffId: string;
  kind: StudyKind;
  date: string;
  hours: number;
  topic: string;
  /** Set when the organiser recorded it as part of a session. */
  sessionId?: string;
}

/** One person's year in `studyProgress` (names kept from the contract). */
export interface StudyProgressItem {
  staffId: string;
  name: string;
  groupHours: number;
  selfHours: number;
  requiredHours: 30;
  /** Hours expected by today on an even pace. */
  expectedHours: number;
  behind: boolean;
}

export interface StudyProgress {
  year: number;
  items: StudyProgressItem[];
  /** The station: every counted person's group hours together, against 30 each. */
  station?: { groupHours: number; requiredHours: number; behindCount: number };
  /** Whether the year's central training (集中业务培训) has been recorded. */
  centralHeld: boolean;
}

export type StudyWritingKind = 'note' | 'article';
export type StudyReviewKind = 'check' | 'praise' | 'criticism';

export const STUDY_WRITING_LABELS: Record<StudyWritingKind, string> = { note: '学习笔记', article: '调研文章' };
export const STUDY_REVIEW_LABELS: Record<StudyReviewKind, string> = { check: '检查', praise: '表扬', criticism: '批评' };

export interface StudyArrangement {
  date: string;
  topic: string;
  note?: string;
}

export interface StudySessionView {
  id: string;
  kind: 'group' | 'central';
  date: string;
  hours: number;
  topic: string;
  organiser: string;
  attendees: { staffId: string; name: string }[];
  absentees: { staffId: string; name: string; reason: string }[];
}

/** A person's part of the yearly study register (学习登记). */
export interface PersonRegister {
  staffId: string;
  name: string;
  plan: string | null;
  records: StudyRecordView[];
  /** Notes and articles; `photoIds` the photos attached (upload ids, shown like letter photos). */
  writings: { kind: StudyWritingKind; date: string; title: string; text: string; photoIds: string[] }[];
  reviews: { kind: StudyReviewKind; date: string; text: string; by: string }[];
  totals: { group: number; self: number; central: number };
}

export interface StudyRegister {
  year: number;
  people: PersonRegister[];
  /** Station part (director/admin only): arrangements and sessions. */
  arrangements?: StudyArrangement[];
  sessions?: StudySessionView[];
  centralHeld: boolean;
}
