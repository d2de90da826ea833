import type { Doc } from '../ports/store';
import type { Role } from '../ports/identity';

/** A staff account; roles come from here only (never from a payload). */
export interface StaffDoc extends Doc {
  openid: string;
  name: string;
  roles: Role[];
  active: boolean;
  order: number;
  /** The 挂牌上岗 badge this person wears, a content key. */
  badgeKey?: string;
  /** A demo account for the embedded runtime; the admin replaces it with real staff. */
  demo?: boolean;
}

/** Demo staff accounts (DESIGN: a staff member, the director, the admin; issue 11: a legal-aid worker; issue 15: an archivist). */
export const demoStaff: StaffDoc[] = [
  { _id: 'staff:demo-staff', openid: 'demo-staff', name: '示例·张某', roles: ['staff'], active: true, order: 1, badgeKey: 'badge:sample-window', demo: true },
  { _id: 'staff:demo-director', openid: 'demo-director', name: '示例·刘某', roles: ['staff', 'director'], active: true, order: 2, badgeKey: 'badge:sample-director', demo: true },
  { _id: 'staff:demo-admin', openid: 'demo-admin', name: '示例·赵某', roles: ['staff', 'admin'], active: true, order: 3, demo: true },
  // issue 11: the sample roster's lawyer 示例·王律师 (law_sample1) signs in to see the worker's view: their assigned cases only
  { _id: 'staff:demo-legal-aid-worker', openid: 'demo-legal-aid-worker', name: '示例·王律师', roles: ['legalAidWorker'], active: true, order: 4, demo: true },
  // issue 15: the 档案管理人员 (rule 九(七)(八)) signs in to review, file and keep the volumes
  { _id: 'staff:demo-archivist', openid: 'demo-archivist', name: '示例·吴某', roles: ['archivist'], active: true, order: 5, demo: true },
];

/** A resident profile; `birthDate` decides home-visit eligibility (七十岁以上). */
export interface ResidentDoc extends Doc {
  openid: string;
  name: string;
  /** Beijing 'YYYY-MM-DD'. */
  birthDate: string;
  demo?: boolean;
}

/** The demo resident: aged 75 on 2026-11-26 (born 1951-03-15), so eligible for home visits. */
export const demoResidents: ResidentDoc[] = [
  { _id: 'resident:demo-resident', openid: 'demo-resident', name: '示例·陈大爷', birthDate: '1951-03-15', demo: true },
];
