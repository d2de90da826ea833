/** People (issue 12): accounts by invitation, roles, badges, absences on a profile, study hours (rule 十). */
export { invite, listInvitations, revokeInvitation, acceptInvitation, staffIdFor } from './invitations';
export { listAccounts, setRoles, deactivate, reactivate, linkBadge } from './accounts';
export { openMattersOf } from './open-matters';
export { profile, registerAbsenceFor, cancelAbsence } from './absences';
export { logStudy, recordSession } from './study/log';
export { studyProgress } from './study/progress';
export { savePlan, saveArrangements, saveWriting, saveReview } from './study/plans';
export { studyRegister } from './study/register';
export { registerXlsx } from './study/xlsx';
export { studyReminderJob } from './study/reminder';
