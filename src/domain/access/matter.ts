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
}

/**
 * What the caller wants to do:
 * - `see`: read the matter (without personal contact data when `seeContact` is refused);
 * - `seeContact`: read the name, phone, id number and address of the person behind it;
 * - `act`: change it (reply, close, decide, record progress, refer, hand in for filing);
 * - `rate`: record a rating for it;
 * - `callback`: see or record its callback (回访), which carries the person's contact;
 * - `answerReferral`: answer a referral for one of the caller's units.
 */
export type Intent = 'see' | 'seeContact' | 'act' | 'rate' | 'callback' | 'answerReferral';

/** How the caller stands to the matter, strongest first. */
export type Relation = 'respondent' | 'owner' | 'supervisor' | 'handler' | 'station' | 'liaison' | 'none';

const STATION: readonly Role[] = ['staff', 'director', 'admin'];

/**
 * The caller's relation to the matter. Being complained about outweighs every other relation,
 * a director's included.
 *
 * @example relationOf({ openid: 'o2', staffId: 's1', roles: ['staff', 'director'], unitIds: [] }, { ownerOpenid: 'o1', handlerIds: [], respondentStaffId: 's1', unitIds: [], restricted: true }) // 'respondent'
 */
export function relationOf(viewer: Viewer, matter: MatterParties): Relation {
  if (viewer.staffId !== null && matter.respondentStaffId !== null && viewer.staffId === matter.respondentStaffId) return 'respondent';
  if (viewer.openid !== null && matter.ownerOpenid !== null && viewer.openid === matter.ownerOpenid && viewer.staffId === null) return 'owner';
  if (viewer.roles.includes('director') || viewer.roles.includes('admin')) return 'supervisor';
  if (viewer.staffId !== null && matter.handlerIds.includes(viewer.staffId)) return 'handler';
  if (viewer.roles.some((r) => STATION.includes(r))) return 'station';
  if (viewer.unitIds.some((u) => matter.unitIds.includes(u))) return 'liaison';
  if (viewer.openid !== null && matter.ownerOpenid !== null && viewer.openid === matter.ownerOpenid) return 'owner';
  return 'none';
}

/** The decision table: relation × intent. `restricted` narrows what other station staff may do. */
const TABLE: Record<Relation, Record<Intent, boolean | 'unrestricted'>> = {
  respondent: { see: false, seeContact: false, act: false, rate: false, callback: false, answerReferral: false },
  owner: { see: true, seeContact: true, act: false, rate: true, callback: false, answerReferral: false },
  supervisor: { see: true, seeContact: true, act: true, rate: true, callback: true, answerReferral: true },
  handler: { see: true, seeContact: true, act: true, rate: true, callback: true, answerReferral: true },
  station: { see: true, seeContact: 'unrestricted', act: 'unrestricted', rate: true, callback: 'unrestricted', answerReferral: true },
  liaison: { see: true, seeContact: false, act: false, rate: false, callback: false, answerReferral: true },
  none: { see: false, seeContact: false, act: false, rate: false, callback: false, answerReferral: false },
};

/**
 * May this person do `intent` on this matter?
 *
 * Staff may record a rating only for a matter no resident can rate in the mini-program
 * (no owner); that check is part of `rate`.
 *
 * @example may(viewer, complaint, 'callback') // false for the person complained about
 */
export function may(viewer: Viewer, matter: MatterParties, intent: Intent): boolean {
  const relation = relationOf(viewer, matter);
  if (intent === 'rate' && relation !== 'owner' && matter.ownerOpenid !== null) return false;
  const cell = TABLE[relation][intent];
  return cell === 'unrestricted' ? !matter.restricted : cell;
}

/**
 * Why the caller may not, in words a staff member or resident understands; null when they may.
 *
 * @example refusal(respondentViewer, complaint, 'act') // '您是这件投诉的被投诉人，不能经办或查看投诉人信息'
 */
export function refusal(viewer: Viewer, matter: MatterParties, intent: Intent): string | null {
  if (may(viewer, matter, intent)) return null;
  const relation = relationOf(viewer, matter);
  if (relation === 'respondent') return '您是这件投诉的被投诉人，不能经办或查看投诉人信息';
  if (intent === 'rate' && matter.ownerOpenid !== null) return '这件事的当事人可以在小程序里自己评价，工作人员不能代为评价';
  if (relation === 'none' || relation === 'liaison') return '没有找到这件事，请刷新后再试';
  return '您没有权限处理这件事，请联系经办人或工作站主任';
}

/** A viewer for a resident. @example residentViewer('o1') */
export function residentViewer(openid: string): Viewer {
  return { openid, staffId: null, roles: [], unitIds: [] };
}
