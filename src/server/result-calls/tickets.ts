import { CHANNELS, TICKET_TYPES, type Channel } from '../../shared/tickets';
import type { ResultCallOccasion } from '../../shared/result-calls';
import { partiesOf } from '../tickets/caller';
import { ticketSubject } from '../tickets/ids';
import type { TicketDoc } from '../tickets/types';
import type { ResultCallSpec } from './open';

/** The contacts who do not follow their matter in the mini-program and are told by staff (rule 六 结果及时反馈). */
export const TOLD_BY_STAFF: Channel[] = ['walkIn', 'phone', 'letter', 'mailbox'];

/**
 * Whether a ticket's person must be told by a staff member: it came by 现场来访, 来电, 来信 or the
 * 意见箱, nobody follows it online, and there is a number to call.
 * @example toldByStaff({ channel: 'phone', ownerOpenid: null, contact: { phone: '13900001111' } }) // true
 */
export function toldByStaff(t: Pick<TicketDoc, 'channel' | 'ownerOpenid' | 'contact'>): boolean {
  return t.ownerOpenid === null && TOLD_BY_STAFF.includes(t.channel) && Boolean(t.contact.phone);
}

const TITLES: Record<ResultCallOccasion, string> = { closed: '告知结果', late: '告知延期', delay: '告知延期', visitTime: '告知上门时间' };

/**
 * The 「告知结果」 task of a ticket for an occasion, or null when its person is told otherwise
 * (online) or cannot be called. The handler (assignee, else first responder) calls.
 *
 * @example ticketResultCall(ticket, 'closed', '已为您查明：遗嘱公证需带身份证、户口本') // { subject: 'ticket:tk_…', title: '告知结果：法律咨询（来电）', … }
 */
export function ticketResultCall(t: TicketDoc, occasion: ResultCallOccasion, tell: string, tag?: string): ResultCallSpec | null {
  const staffId = t.assignee?.staffId ?? t.firstResponder?.staffId;
  if (!toldByStaff(t) || !staffId) return null;
  return {
    subject: ticketSubject(t._id), occasion, ...(tag ? { tag } : {}), staffId,
    title: `${TITLES[occasion]}：${TICKET_TYPES[t.type]}（${CHANNELS[t.channel]}）`, tell, contact: { ...t.contact }, parties: partiesOf(t),
  };
}
