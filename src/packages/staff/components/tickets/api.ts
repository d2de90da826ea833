import { callFunction } from '../../../../api/call';
import type { ApiResult } from '../../../../api/types';
import type {
  Channel, ComplaintBookRow, ComplaintScope, CourtesyChecked, GuidanceTopic, InboxRow, OneTimeNotice, ReplyResult, StaffRef,
  TicketStaffView, TicketStatus, TicketType,
} from '../../../../shared/tickets';

const tickets = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('tickets', { action, ...payload });
type One = ApiResult<{ ticket: TicketStaffView }>;

/** The inbox page: open tickets (or one status), ordered by due time, overdue first. */
export function loadInbox(filter: { type?: TicketType; status?: TicketStatus; after?: string }): Promise<ApiResult<{ items: InboxRow[]; next: string | null; serverNow: number }>> {
  const payload: Record<string, unknown> = { limit: 30 };
  if (filter.type) payload.type = filter.type;
  if (filter.status) payload.status = filter.status;
  if (filter.after) payload.after = filter.after;
  return tickets('inbox', payload);
}

/** One ticket as staff see it (`can` says which buttons to show). */
export const getTicket = (id: string) => tickets<TicketStaffView>('get', { id });
/** Active staff, for 转交. */
export const staffList = () => tickets<{ items: StaffRef[] }>('staffList');
/** 受理: received → processing; starts the answer clock. */
export const acceptTicket = (id: string): Promise<One> => tickets('accept', { id });
/** Sends a reply; with 服务忌语 and not confirmed the server answers `{ sent: false, warnings }`. `requestId` (one per reply box) makes a double tap send once. */
export const replyTicket = (id: string, text: string, confirmed: boolean, requestId?: string) => tickets<ReplyResult>('reply', { id, text, confirmed, ...(requestId ? { requestId } : {}) });
/** 转交 to a colleague; the first responder stays. */
export const handOn = (id: string, toStaffId: string, note: string): Promise<One> => tickets('handOn', { id, toStaffId, note });
/** Texts a resident reads are checked for 服务忌语: unconfirmed, the server may answer `{ sent: false, warnings }`. */
type Checked<T> = Promise<ApiResult<CourtesyChecked<T>>>;
/** 办结, optionally as outside the station's business with where to go. */
export function closeTicket(id: string, result: string, outOfScope?: { explanation: string; whereToGo: string }, confirmed = false): Checked<{ ticket: TicketStaffView }> {
  return tickets('close', { id, result, ...(outOfScope ? { outOfScope } : {}), ...(confirmed ? { confirmed } : {}) });
}
/** 一次性告知 from a published guide (oral only for phone calls). */
export function issueNotice(id: string, guideKey: string, extra: string, oral: boolean, confirmed = false, requestId?: string): Checked<{ ticket: TicketStaffView; notice: OneTimeNotice }> {
  return tickets('issueNotice', { id, guideKey, ...(extra ? { extra } : {}), oral, ...(confirmed ? { confirmed } : {}), ...(requestId ? { requestId } : {}) });
}
/** Tells the resident why it runs late and when to expect the answer. */
export const reportDelay = (id: string, reason: string, expectedBy: string, confirmed = false, requestId?: string): Checked<{ ticket: TicketStaffView; notified: boolean }> =>
  tickets('reportDelay', { id, reason, expectedBy, ...(confirmed ? { confirmed } : {}), ...(requestId ? { requestId } : {}) });
/** 重大投诉: reported to 县局政工监察股. */
export const markMajor = (id: string, reason: string): Promise<One> => tickets('markMajor', { id, reason });
/** The result sent back to the department that transferred the complaint. */
export const recordTransferReply = (id: string, replyText: string, requestId?: string): Promise<One> => tickets('recordTransferReply', { id, replyText, ...(requestId ? { requestId } : {}) });

/** What staff send with `tickets.register` (walk-ins, phone calls, letters, transfers). */
export interface RegisterInput {
  requestId: string;
  channel: Extract<Channel, 'walkIn' | 'phone' | 'letter' | 'transferred'>;
  type: TicketType;
  content: string;
  contact: { name?: string; phone?: string };
  topic?: GuidanceTopic;
  complaint?: { scope: ComplaintScope; respondentName?: string };
  /** Rule 八(五)6: the sending department and the day it wants the reply by ('YYYY-MM-DD'). */
  transferredFrom?: { department: string; dueDate?: string; reference?: string };
  answeredOnSpot?: string;
  /** Photos of a letter (ids from the upload), ≤ 9. */
  letterPhotoIds?: string[];
}

/**
 * 登记 a walk-in or a phone call; the caller becomes first responder. An on-the-spot answer is
 * checked for 服务忌语 like a close result (held until `confirmed`).
 */
export const registerTicket = (input: RegisterInput, confirmed = false): Checked<{ ticket: TicketStaffView }> =>
  tickets('register', { ...input, ...(confirmed ? { confirmed } : {}) });

/** 投诉记录本 for a range of Beijing days (director / admin). */
export const complaintBook = (from: string, to: string) => tickets<{ from: string; to: string; rows: ComplaintBookRow[] }>('complaintBook', { from, to });
/** The same rows as CSV (UTF-8 with BOM). */
export const complaintBookCsv = (from: string, to: string) => tickets<{ filename: string; csv: string }>('complaintBookCsv', { from, to });
