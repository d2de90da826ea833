import type { WalkFixture } from '../walk-types';

/**
 * `people` (issue 12) in the authorization walk: account management is the admin's, so the
 * person complained about (window staff) and the director are refused it; the director's
 * `openMatters` goes through the one access rule, so the complaint about the director never
 * appears in it, nor does the complainant's contact.
 */
export const fixture: WalkFixture = {
  payloads: {
    invite: () => ({ name: '王某', roles: ['staff'] }),
    invitations: () => ({}),
    revokeInvitation: () => ({ code: 'ABCDEFGH' }),
    acceptInvitation: () => ({ code: 'ABCDEFGH' }),
    list: () => ({}),
    setRoles: (s) => ({ staffId: s.respondent.staffId!, roles: ['staff', 'admin'] }),
    deactivate: (s) => ({ staffId: s.handler.staffId! }),
    reactivate: (s) => ({ staffId: s.handler.staffId! }),
    linkBadge: (s) => ({ staffId: s.respondent.staffId!, badgeKey: 'badge:sample-window' }),
    openMatters: (s) => ({ staffId: s.handler.staffId! }),
    profile: (s) => ({ staffId: s.handler.staffId! }),
    registerAbsenceFor: (s) => ({ staffId: s.handler.staffId!, date: s.date, from: '16:00', to: '17:00', reason: '随案外出调查' }),
    cancelAbsence: (s) => ({ id: `absence:${s.handler.staffId}:${s.date}:16:00` }),
    studyLog: (s) => ({ requestId: 'walk-study-1', kind: 'self', date: s.date, hours: 1, topic: '法律援助法' }),
    studySession: (s) => ({ requestId: 'walk-session-1', kind: 'group', date: s.date, hours: 1, topic: '法律援助法', attendeeIds: [s.handler.staffId!], absentees: [] }),
    studyProgress: (s) => ({ year: Number(s.date.slice(0, 4)) }),
    studyPlan: (s) => ({ year: Number(s.date.slice(0, 4)), text: '每月学习一部法律' }),
    studyArrangements: (s) => ({ year: Number(s.date.slice(0, 4)), items: [] }),
    studyWrite: (s) => ({ requestId: 'walk-write-1', kind: 'note', date: s.date, title: '笔记', text: '学习笔记' }),
    studyReview: (s) => ({ requestId: 'walk-review-1', staffId: s.handler.staffId!, kind: 'check', date: s.date, text: '已检查' }),
    studyRegister: (s) => ({ year: Number(s.date.slice(0, 4)) }),
    studyRegisterXlsx: (s) => ({ year: Number(s.date.slice(0, 4)) }),
  },
};

export const { payloads } = fixture;
