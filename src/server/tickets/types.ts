import type { Doc } from '../ports/store';
import type {
  Channel,
  Closure,
  ComplaintScope,
  DelayInfo,
  GuidanceTopic,
  OneTimeNotice,
  StaffRef,
  TicketStatus,
  TicketType,
  TimelineEvent,
  TransferredFrom,
} from '../../shared/tickets';

/** A ticket as stored in `tickets`: one per contact (rule 六), `_id` 'tk_…'. */
export interface TicketDoc extends Doc {
  _id: string;
  type: TicketType;
  topic?: GuidanceTopic;
  channel: Channel;
  status: TicketStatus;
  /** status !== 'closed'; the inbox's index starts with it. */
  open: boolean;
  content: string;
  contact: { name?: string; phone?: string };
  /** The resident who submitted it online; null for tickets staff registered. */
  ownerOpenid: string | null;
  requestId: string;
  createdAt: number;
  acceptedAt: number | null;
  firstResponder: StaffRef | null;
  assignee: StaffRef | null;
  complaint?: {
    scope: ComplaintScope;
    respondentName?: string;
    /** The staff member complained about, when the name is one of the staff's. */
    respondentStaffId: string | null;
    major: { reason: string; at: number; by: StaffRef } | null;
  };
  /** Rule 八(五)6: the sending department and its reply deadline (`dueAt`: the clock's due instant). */
  transferredFrom?: TransferredFrom & { dueAt?: number };
  transferReply?: { text: string; at: number; by: StaffRef; onTime?: boolean };
  letterPhotoIds: string[];
  /** The clock now running on it (`clocks` id), null when none. */
  clock: { id: string; purpose: string; title: string } | null;
  /** The running clock's due time when it started; null without one. */
  dueAt: number | null;
  /**
   * Inbox sort key: open tickets by due time (see queueKeyOf), closed ones newest closed first.
   */
  queueKey: string;
  delay: DelayInfo | null;
  timeline: TimelineEvent[];
  /** Page request ids already acted on → the timeline event each made (issue 10: a double tap does nothing twice). */
  handledRequests?: Record<string, string>;
  notices: OneTimeNotice[];
  closure: Closure | null;
  closedAt: number | null;
  updatedAt: number;
}

/** One staff read of a person's data (rule 九(八) 查阅登记; issue 5: complainants). */
export interface AccessLogDoc extends Doc {
  _id: string;
  /** 'ticket:<id>' or 'complaintBook:<from>..<to>'. */
  subject: string;
  at: number;
  staffId: string;
  name: string;
  /** What was read, e.g. ['contact.name', 'contact.phone']. */
  fields: string[];
  /** The action that read it, e.g. 'tickets.get'. */
  via: string;
}
