import type { Role } from '../../shared/roles';
import type { TicketEvent } from '../../shared/tickets';

/** The facts about a staff caller that decide what they may see and do on one ticket. */
export interface StaffCaller {
  staffId: string;
  roles: Role[];
}

/** The facts about a ticket that decide it. */
export interface TicketParties {
  type: string;
  assigneeId: string | null;
  firstResponderId: string | null;
  /** The staff member complained about, when the complaint names one of the staff. */
  respondentStaffId: string | null;
}

/** Directors and admins supervise every ticket (督办). @example supervises({ staffId: 's', roles: ['staff', 'director'] }) // true */
export function supervises(caller: StaffCaller): boolean {
  return caller.roles.includes('director') || caller.roles.includes('admin');
}

/**
 * True when the caller is the staff member a complaint is about: they never see who complained
 * and never handle it (rule 八(五)2: the rights of both sides are protected).
 *
 * @example isRespondent({ staffId: 's1', roles: ['staff'] }, { type: 'complaint', assigneeId: null, firstResponderId: null, respondentStaffId: 's1' }) // true
 */
export function isRespondent(caller: StaffCaller, t: TicketParties): boolean {
  return t.type === 'complaint' && t.respondentStaffId !== null && t.respondentStaffId === caller.staffId;
}

/**
 * Who may see a ticket's contact (name, full phone): on a complaint only those who handle it —
 * the assignee, the first responder, directors and admins — and never the person complained
 * about; on other tickets any staff member (they call people back).
 *
 * @example canSeeContact({ staffId: 's2', roles: ['staff'] }, { type: 'complaint', assigneeId: 's1', firstResponderId: 's1', respondentStaffId: null }) // false
 */
export function canSeeContact(caller: StaffCaller, t: TicketParties): boolean {
  if (isRespondent(caller, t)) return false;
  if (t.type !== 'complaint') return true;
  return supervises(caller) || caller.staffId === t.assigneeId || caller.staffId === t.firstResponderId;
}

/**
 * Whether the caller may perform `event` on the ticket (the status table is checked apart):
 * anyone but the person complained about may accept; everything else is for the assignee or a
 * supervisor. Returns the refusal in words, or null when allowed.
 *
 * @example mayAct({ staffId: 's2', roles: ['staff'] }, { type: 'consultation', assigneeId: 's1', firstResponderId: 's1', respondentStaffId: null }, 'reply', '示例·张某')
 * // '这件事由 示例·张某 经办，请联系经办人或工作站主任'
 */
export function mayAct(caller: StaffCaller, t: TicketParties, event: TicketEvent, assigneeName = '其他同事'): string | null {
  if (isRespondent(caller, t)) return '您是这件投诉的被投诉人，不能经办或查看投诉人信息';
  if (event === 'accept') return null;
  if (supervises(caller) || t.assigneeId === null || caller.staffId === t.assigneeId) return null;
  return `这件事由 ${assigneeName} 经办，请联系经办人或工作站主任`;
}
