import { callFunction } from '../../api/call';
import type { ApiResult } from '../../api/types';
import type { AbsenceResult } from '../../shared/appointments';
import type {
  AbsenceView, BadgeDraft, BadgeWarning, InvitationView, OpenMatter, StaffAccount, StudyKind, StudyProgress, StudyRecordView, StudyRegister,
} from '../../shared/people';
import type { Role } from '../../shared/roles';

const people = <T>(action: string, payload: Record<string, unknown> = {}): Promise<ApiResult<T>> => callFunction<T>('people', { action, ...payload });

/** The accounts and the badge warnings (admin). */
export const listAccounts = () => people<{ items: StaffAccount[]; warnings: BadgeWarning[] }>('list');
/** Invitations, newest first (admin). */
export const listInvitations = () => people<{ items: InvitationView[] }>('invitations');
/** A one-time code for a new person (admin); `requestId` makes a double tap one invitation. */
export const invite = (input: { name: string; roles: Role[]; unitIds?: string[]; badge?: BadgeDraft; requestId: string }) =>
  people<{ invitation: InvitationView }>('invite', input);
export const revokeInvitation = (code: string) => people<{ invitation: InvitationView }>('revokeInvitation', { code });
export { acceptInvitation } from '../../api/invitation';
export const setRoles = (staffId: string, roles: Role[], unitIds?: string[]) => people<{ staff: StaffAccount }>('setRoles', { staffId, roles, ...(unitIds?.length ? { unitIds } : {}) });
export const deactivate = (staffId: string) => people<{ staff: StaffAccount; openMatters: OpenMatter[]; badgeRemoved: boolean }>('deactivate', { staffId });
export const reactivate = (staffId: string) => people<{ staff: StaffAccount; badgeRestored: boolean }>('reactivate', { staffId });
export const linkBadge = (staffId: string, badgeKey: string) => people<{ staff: StaffAccount }>('linkBadge', { staffId, badgeKey });
export const openMatters = (staffId: string) => people<{ items: OpenMatter[] }>('openMatters', { staffId });
/** A profile with the registered 外出办案 (yourself without `staffId`). */
export const profile = (staffId?: string) => people<{ staff: StaffAccount; absences: AbsenceView[] }>('profile', staffId ? { staffId } : {});
export const registerAbsenceFor = (input: { staffId: string; date: string; from: string; to: string; reason: string }) => people<AbsenceResult>('registerAbsenceFor', input);
export const cancelAbsence = (id: string) => people<{ id: string; slotsReturned: string[] }>('cancelAbsence', { id });
export const studyLog = (input: { requestId: string; kind: StudyKind; date: string; hours: number; topic: string }) => people<{ record: StudyRecordView }>('studyLog', input);
export const studyProgress = (year: number) => people<StudyProgress>('studyProgress', { year });
export const studyRegister = (year: number, staffId?: string) => people<StudyRegister>('studyRegister', { year, ...(staffId ? { staffId } : {}) });
export const studyRegisterXlsx = (year: number, staffId?: string) => people<{ filename: string; base64: string }>('studyRegisterXlsx', { year, ...(staffId ? { staffId } : {}) });
export const studyPlan = (year: number, text: string) => people<{ year: number; text: string }>('studyPlan', { year, text });
export const studySession = (input: { requestId: string; kind: 'group' | 'central'; date: string; hours: number; topic: string; attendeeIds: string[]; absentees: { staffId: string; reason: string }[] }) =>
  people<unknown>('studySession', input);
export const studyReview = (input: { requestId: string; staffId: string; kind: 'check' | 'praise' | 'criticism'; date: string; text: string }) => people<{ id: string }>('studyReview', input);
export const studyWrite = (input: { requestId: string; kind: 'note' | 'article'; date: string; title: string; text: string; photoIds?: string[] }) => people<{ id: string }>('studyWrite', input);
