import type { Doc } from '../ports/store';
import type { Role } from '../ports/identity';
import type { StaffDoc } from '../seed/accounts';
import type { BadgeDraft, StaffAccount, StudyArrangement, StudyKind, StudyReviewKind, StudyWritingKind } from '../../shared/people';

/** A staff account as stored (the seed's StaffDoc, plus what invitations bring). */
export interface AccountDoc extends StaffDoc {
  /** Units a liaison belongs to (role unitLiaison). */
  unitIds?: string[];
  createdAt?: number;
  /** The invitation code the account came from. */
  invitation?: string;
}

/** An invitation, `_id` = `invite:<code>`. */
export interface InvitationDoc extends Doc {
  code: string;
  name: string;
  roles: Role[];
  unitIds: string[];
  badge: BadgeDraft | null;
  createdAt: number;
  expiresAt: number;
  createdBy: { staffId: string; name: string };
  usedAt: number | null;
  usedBy: { staffId: string; name: string; openid: string } | null;
  revokedAt: number | null;
  /** The stored 小程序码 (`cloud://` fileID), kept so the list does not ask WeChat again. */
  codeImage?: string;
}

/** A write already carried out for a client requestId: `_id` = `<op>:<staffId>:<requestId>`. */
export interface PeopleRequestDoc extends Doc {
  result: string;
  at: number;
}

/** The roster's version: every account change bumps it in its own transaction. */
export interface RosterDoc extends Doc {
  version: number;
  at: number;
}

/** One person's study record, `_id` = `study:<staffId>:<requestId>` (or `…:session:<id>`). */
export interface StudyRecordDoc extends Doc {
  staffId: string;
  year: number;
  kind: StudyKind;
  date: string;
  hours: number;
  topic: string;
  sessionId?: string;
  recordedBy: { staffId: string; name: string };
  createdAt: number;
}

/** Hours one person recorded on one day, `_id` = `studyDay:<staffId>:<date>` (the 12-hour rule). */
export interface StudyDayDoc extends Doc {
  staffId: string;
  date: string;
  hours: number;
}

/** A person's totals for a year, `_id` = `studyTotal:<year>:<staffId>`, written with each record. */
export interface StudyTotalDoc extends Doc {
  year: number;
  staffId: string;
  group: number;
  self: number;
  central: number;
}

/** A group session or central training, `_id` = `session:<organiserId>:<requestId>`. */
export interface StudySessionDoc extends Doc {
  year: number;
  kind: 'group' | 'central';
  date: string;
  hours: number;
  topic: string;
  organiser: { staffId: string; name: string };
  attendees: { staffId: string; name: string }[];
  absentees: { staffId: string; name: string; reason: string }[];
  createdAt: number;
}

/** 个人学习计划 `_id` = `plan:<year>:<staffId>`, or 工作站部署 `_id` = `arrangements:<year>`. */
export interface StudyPlanDoc extends Doc {
  year: number;
  kind: 'plan' | 'arrangements';
  staffId?: string;
  text?: string;
  items?: StudyArrangement[];
  updatedAt: number;
  updatedBy: string;
}

/** A note, article or review, `_id` = `<kind>:<staffId>:<requestId>`. */
export interface StudyEntryDoc extends Doc {
  year: number;
  staffId: string;
  kind: StudyWritingKind | StudyReviewKind;
  date: string;
  title?: string;
  text: string;
  /** Photos of a note or article (issue 12), kept from the unreferenced-photo sweep. */
  photoIds?: string[];
  by: { staffId: string; name: string };
  createdAt: number;
}

/**
 * The admin's view of an account.
 * @example accountView(doc, true).badgeShown // true
 */
export function accountView(doc: AccountDoc, badgeShown: boolean): StaffAccount {
  return {
    staffId: doc._id, name: doc.name, roles: doc.roles, unitIds: doc.unitIds ?? [], active: doc.active,
    badgeKey: doc.badgeKey ?? null, badgeShown, demo: doc.demo === true,
  };
}
