import type { Role } from '../../shared/roles';

/**
 * The one access rule (DESIGN "Growing the system"): may this person see or act on this matter?
 * Every action that returns or changes a matter — a ticket, appointment, legal-aid application,
 * referral — or its rating, callback, notice, report row, export or archive item asks here, and
 * nowhere else. Pure: the caller's facts and the matter's facts in, a decision out.
 */

/** The caller, as the rule needs to know them. Residents have no staffId and no roles. */
export interface Viewer {
  openid: string | null;
  staffId: string | null;
  roles: readonly Role[];
  /** Units this person is a liaison of (role unitLiaison). */
  unitIds: readonly string[];
}

/** The matter, as the rule needs to know it. */
export interface MatterParties {
  /** The resident who owns it in the mini-program (submitted, booked, applied); null for walk-ins without an account. */
  ownerOpenid: string | null;
  /** Staff who handle it now or did first: assignee, first responder, assigned legal-aid worker. */
  handlerIds: readonly string[];
  /** The staff member a complaint is about; they never reach the complainant (rule 八(五)2). */
  respondentStaffId: string | null;
  /** Units the matter was referred to (their liaisons see the referral, nothing else). */
  unitIds: readonly string[];
  /** A complaint: the complainant's contact is for its handlers and supervisors only. */
  restricted: boolean;
  /**
   * issue 15: the matter is an item of an archive volume (handed in for review, or filed) and is
   * being read as that item, from the archive — the archivist's file, which they keep (rule 九(七)(八)).
   */
  inArchive?: boolean;
}

/**
 * What the caller wants to do:
 * - `see`: read the matter (without personal contact data when `seeContact` is refused);
 * - `seeContact`: read the name, phone, id number and address of the person behind it;
 * - `seeName`: read only the person's name (the archive's item shows who it is about; issue 15);
 * - `act`: change it (accept, reply, close, decide, record progress, refer, hand in for filing);
 * - `amend`: the owner changes their own request (cancel, reschedule, accept a proposed time,
 *   add a comment to their rating);
 * - `rate`: the owner rates their own completed matter in the mini-program;
 * - `recordRating`: staff record a rating given on the window's device or by phone, in place of
 *   a person who cannot rate in the mini-program (rule 十二(二)(三));
 * - `callback`: see or record its callback (回访), which carries the person's contact;
 * - `answerReferral`: answer a referral for one of the caller's units.
 */
export type Intent = 'see' | 'seeContact' | 'seeName' | 'act' | 'amend' | 'rate' | 'recordRating' | 'callback' | 'answerReferral';

/**
 * How the caller stands to the matter, strongest first. `keeper`: an archivist without a station
 * role (档案管理人员, rule 九(七)(八)) — the keeper of the files, nobody to the matter outside the archive.
 */
export type Relation = 'respondent' | 'owner' | 'supervisor' | 'handler' | 'station' | 'keeper' | 'liaison' | 'none';

const STATION: readonly Role[] = ['staff', 'director', 'admin'];

/** Intents about a person's own matter: there, being its owner outweighs being staff. */
const OWNERS_INTENTS: readonly Intent[] = ['amend', 'rate'];

/**
 * The caller's relation to the matter. Being complained about outweighs every other relation,
 * a director's included. A staff member who owns a matter (booked for themselves) is its owner
 * for the owner's intents, and station staff for everything else.
 *
 * @example relationOf({ openid: 'o2', staffId: 's1', roles: ['staff', 'director'], unitIds: [] }, { ownerOpenid: 'o1', handlerIds: [], respondentStaffId: 's1', unitIds: [], restricted: true }) // 'respondent'
 */
export function relationOf(viewer: Viewer, matter: MatterParties, intent: Intent = 'see'): Relation {
  const owns = viewer.openid !== null && matter.ownerOpenid !== null && viewer.openid === matter.ownerOpenid;
  if (viewer.staffId !== null && matter.respondentStaffId !== null && viewer.staffId === matter.respondentStaffId) return 'respondent';
  if (owns && (viewer.staffId === null || OWNERS_INTENTS.includes(intent))) return 'owner';
  if (viewer.roles.includes('director') || viewer.roles.includes('admin')) return 'supervisor';
  if (viewer.staffId !== null && matter.handlerIds.includes(viewer.staffId)) return 'handler';
  if (viewer.roles.some((r) => STATION.includes(r))) return 'station';
  if (viewer.roles.includes('archivist')) return 'keeper';
  if (viewer.unitIds.some((u) => matter.unitIds.includes(u))) return 'liaison';
  if (owns) return 'owner';
  return 'none';
}

/**
 * A cell of the table: allowed, refused, or allowed only on some matters —
 * `unrestricted`: not on a complaint; `unhandled`: only while nobody handles it (taking it on);
 * `noOwner`: only when no resident can do it themselves in the mini-program (staff never rate in
 * a resident's place); `noOwnerUnrestricted`: both of the last two; `archived`: only as an item of
 * the archive (issue 15); `archivedUnrestricted`: as an archive item and not a complaint.
 */
type Cell = boolean | 'unrestricted' | 'unhandled' | 'noOwner' | 'noOwnerUnrestricted' | 'archived' | 'archivedUnrestricted';

/**
 * The decision table: relation × intent. The keeper's row (issue 15, rule 九): the archivist reads
 * the matters of the volumes they review and keep — what happened and who it is about (the name
 * as the file holds it) — but not the phone or any other way to reach the person (they review and
 * keep files, they never contact anyone), a complainant's name only masked, as any colleague who
 * does not handle the complaint sees it (the whole name is for its handlers and supervisors, rule 八), and nothing at all outside the archive. The respondent row
 * still outranks them all.
 */
const TABLE: Record<Relation, Record<Intent, Cell>> = {
  respondent: { see: false, seeContact: false, seeName: false, act: false, amend: false, rate: false, recordRating: false, callback: false, answerReferral: false },
  owner: { see: true, seeContact: true, seeName: true, act: false, amend: true, rate: true, recordRating: false, callback: false, answerReferral: false },
  supervisor: { see: true, seeContact: true, seeName: true, act: true, amend: false, rate: false, recordRating: 'noOwner', callback: true, answerReferral: true },
  handler: { see: true, seeContact: true, seeName: true, act: true, amend: false, rate: false, recordRating: 'noOwner', callback: true, answerReferral: true },
  station: { see: true, seeContact: 'unrestricted', seeName: 'unrestricted', act: 'unhandled', amend: false, rate: false, recordRating: 'noOwnerUnrestricted', callback: 'unrestricted', answerReferral: true },
  keeper: { see: 'archived', seeContact: false, seeName: 'archivedUnrestricted', act: false, amend: false, rate: false, recordRating: false, callback: false, answerReferral: false },
  liaison: { see: true, seeContact: false, seeName: false, act: false, amend: false, rate: false, recordRating: false, callback: false, answerReferral: true },
  none: { see: false, seeContact: false, seeName: false, act: false, amend: false, rate: false, recordRating: false, callback: false, answerReferral: false },
};

function holds(cell: Cell, matter: MatterParties): boolean {
  switch (cell) {
    case 'unrestricted': return !matter.restricted;
    case 'unhandled': return matter.handlerIds.length === 0;
    case 'noOwner': return matter.ownerOpenid === null;
    case 'noOwnerUnrestricted': return matter.ownerOpenid === null && !matter.restricted;
    case 'archived': return matter.inArchive === true;
    case 'archivedUnrestricted': return matter.inArchive === true && !matter.restricted;
    default: return cell;
  }
}

/**
 * May this person do `intent` on this matter?
 *
 * @example may(viewer, complaint, 'callback') // false for the person complained about
 */
export function may(viewer: Viewer, matter: MatterParties, intent: Intent): boolean {
  return holds(TABLE[relationOf(viewer, matter, intent)][intent], matter);
}

/**
 * How much of the person behind a matter the caller may see: `full` (name, phone), `name` (the
 * name whole, the phone masked: the archivist reading an archive item), `masked` (「陈**」,
 * 「138****5678」: staff who do not handle a complaint), or `none` (the person complained about,
 * and anyone who may not see the matter at all).
 *
 * @example contactLevel(respondentViewer, complaint) // 'none'
 * @example contactLevel(archivistViewer, { ...consultation, inArchive: true }) // 'name'
 */
export function contactLevel(viewer: Viewer, matter: MatterParties): 'full' | 'name' | 'masked' | 'none' {
  if (may(viewer, matter, 'seeContact')) return 'full';
  if (may(viewer, matter, 'seeName')) return 'name';
  return may(viewer, matter, 'see') && relationOf(viewer, matter) !== 'liaison' ? 'masked' : 'none';
}

/**
 * True when the caller is one of the matter's handlers: a rating they record for it is their own
 * service's (本人登记, rule 十二 — counted apart).
 *
 * @example handles({ openid: 'o', staffId: 's1', roles: ['staff'], unitIds: [] }, { ...matter, handlerIds: ['s1'] }) // true
 */
export function handles(viewer: Viewer, matter: MatterParties): boolean {
  return viewer.staffId !== null && matter.handlerIds.includes(viewer.staffId);
}

/**
 * Why the caller may not, in words a staff member or resident understands; null when they may.
 * `handlerName` names who handles it, for a staff member turned away from a colleague's matter.
 *
 * @example refusal(respondentViewer, complaint, 'act') // '您是这件投诉的被投诉人，不能经办或查看投诉人信息'
 */
export function refusal(viewer: Viewer, matter: MatterParties, intent: Intent, handlerName?: string): string | null {
  if (may(viewer, matter, intent)) return null;
  const relation = relationOf(viewer, matter, intent);
  if (relation === 'respondent') return '您是这件投诉的被投诉人，不能经办或查看投诉人信息';
  if (intent === 'recordRating' && matter.ownerOpenid !== null && relation !== 'none' && relation !== 'liaison') {
    return '这件事的当事人可以在小程序里自己评价，工作人员不能代为评价';
  }
  if (relation === 'none' || relation === 'keeper' || relation === 'liaison' || relation === 'owner') return '没有找到这件事，请刷新后再试';
  if (intent === 'act' && relation === 'station' && handlerName) return `这件事由 ${handlerName} 经办，请联系经办人或工作站主任`;
  return '您没有权限处理这件事，请联系经办人或工作站主任';
}

/** A viewer for a resident. @example residentViewer('o1') */
export function residentViewer(openid: string): Viewer {
  return { openid, staffId: null, roles: [], unitIds: [] };
}
