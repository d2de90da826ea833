import { action, defineFunction } from '../core/define';
import { closedObject } from '../content/schema-kit';
import * as p from '../people';
import * as s from '../people/schemas';

/**
 * `people` (issue 12; rules 四(四), 五(一), 十): accounts by invitation, roles and leaving, badges
 * linked to accounts, absences on a profile, and study hours. The contract is in
 * `src/shared/people.ts`. Account management is the admin's; a resident or window staff member
 * calling it gets FORBIDDEN and nothing is written.
 *
 * @example
 * await invoke(people, { action: 'invite', name: '王某', roles: ['staff'] }, { openid: 'demo-admin' }, runtime)
 * // { ok: true, data: { invitation: { code: 'K7M2Q9TX', expiresAt, path: 'packages/people/pages/join/index?code=K7M2Q9TX', qrDataUrl } } }
 */
export const people = defineFunction('people', {
  // accounts (admin)
  invite: action({ access: 'admin', input: s.inviteInput, run: (ctx, input) => p.invite(ctx, input) }),
  invitations: action({ access: 'admin', input: closedObject({}), run: (ctx) => p.listInvitations(ctx) }),
  revokeInvitation: action({ access: 'admin', input: s.codeInput, run: (ctx, input) => p.revokeInvitation(ctx, input) }),
  list: action({ access: 'admin', input: closedObject({}), run: (ctx) => p.listAccounts(ctx) }),
  setRoles: action({ access: 'admin', input: s.setRolesInput, run: (ctx, input) => p.setRoles(ctx, input) }),
  deactivate: action({ access: 'admin', input: s.staffInput, run: (ctx, input) => p.deactivate(ctx, input) }),
  reactivate: action({ access: 'admin', input: s.staffInput, run: (ctx, input) => p.reactivate(ctx, input) }),
  linkBadge: action({ access: 'admin', input: s.linkBadgeInput, run: (ctx, input) => p.linkBadge(ctx, input) }),
  // joining (whoever opened the link, signed in)
  acceptInvitation: action({ access: 'person', input: s.codeInput, run: (ctx, input) => p.acceptInvitation(ctx, input) }),
  // handing on and availability
  openMatters: action({ access: ['director', 'admin'], input: s.staffInput, run: async (ctx, input) => ({ items: await p.openMattersOf(ctx, input.staffId) }) }),
  profile: action({ access: 'staff', input: s.profileInput, run: (ctx, input) => p.profile(ctx, input) }),
  registerAbsenceFor: action({ access: 'director', input: s.absenceForInput, run: (ctx, input) => p.registerAbsenceFor(ctx, input) }),
  cancelAbsence: action({ access: 'staff', input: s.cancelAbsenceInput, run: (ctx, input) => p.cancelAbsence(ctx, input) }),
  // study (rule 十)
  studyLog: action({ access: 'staff', input: s.studyLogInput, run: (ctx, input) => p.logStudy(ctx, input) }),
  studySession: action({ access: ['director', 'admin'], input: s.studySessionInput, run: (ctx, input) => p.recordSession(ctx, input) }),
  studyProgress: action({ access: 'staff', input: s.yearInput, run: (ctx, input) => p.studyProgress(ctx, input) }),
  studyPlan: action({ access: 'staff', input: s.planInput, run: (ctx, input) => p.savePlan(ctx, input) }),
  studyArrangements: action({ access: ['director', 'admin'], input: s.arrangementsInput, run: (ctx, input) => p.saveArrangements(ctx, input) }),
  studyWrite: action({ access: 'staff', input: s.writeInput, run: (ctx, input) => p.saveWriting(ctx, input) }),
  studyReview: action({ access: 'director', input: s.reviewInput, run: (ctx, input) => p.saveReview(ctx, input) }),
  studyRegister: action({ access: 'staff', input: s.registerInput, run: (ctx, input) => p.studyRegister(ctx, input) }),
  studyRegisterXlsx: action({ access: 'staff', input: s.registerInput, run: async (ctx, input) => p.registerXlsx(await p.studyRegister(ctx, input)) }),
});
