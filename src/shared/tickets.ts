import type { Role } from './roles';

/**
 * THE CONTRACT of issue 5 (unified intake 前台统一受理, complaints 投诉, the staff workbench),
 * shared by the mini-program and the `tickets` cloud function. Names here are stable.
 *
 * One ticket for every contact (rule 六): a type, a channel, the first responder (首问责任人,
 * rule 二, kept when the ticket is handed on), an assignee, a status, a timeline, clocks.
 *
 * ## The `tickets` function: event `{ action, ...payload }` → `{ ok, data }` | `{ ok: false, error }`
 *
 * Errors are `{ code, message (Chinese), field? }`; a refused or invalid call writes nothing.
 * Common codes: UNAUTHENTICATED (anonymous), FORBIDDEN (role, or not the ticket's handler),
 * VALIDATION (bad payload; `field` names it), NOT_FOUND (no such ticket — also another
 * resident's ticket, so ids leak nothing), CONFLICT (the status does not allow it: see
 * {@link TICKET_TRANSITIONS}), RATE_LIMITED (more than 10 online submissions a Beijing day).
 *
 * ### Residents (access `person`: any signed-in person; own tickets only)
 * - `submit` { type: 'consultation'|'complaint'|'suggestion'|'praise', content (≤ 2000), name?,
 *   phone?, complaint?: { scope: ComplaintScope, respondentName? } (required iff complaint),
 *   requestId (8–64 chars; the same requestId again answers the same ticket, nothing new) }
 *   → `{ ticket: TicketView }`. Channel 'online', status 'received'.
 * - `mine` { limit? (≤ 50, default 20), after? (cursor) } → `{ items: MyTicketRow[], next: string | null }`, newest first.
 * - `get` { id } → `TicketView` (view: 'resident') for own tickets; staff get `TicketStaffView`
 *   (view: 'staff'). A staff read that reveals a complainant's name/phone writes an access-log entry.
 * - `notices` → `{ items: OneTimeNotice[] }` the caller's one-time notices (一次性告知), newest first.
 * - `photoUploaded` { fileId (a `cloud://…/letters/<today or yesterday>/…` id) } → `{ fileId, counted }`:
 *   the mini-program tells the server of a photo it put in cloud storage itself (residents and
 *   staff): counted against the day's photo limit (RATE_LIMITED over it; the photo is deleted),
 *   recorded, and deleted by the daily sweep unless a letter, application or note keeps it
 *   within a day. Telling twice counts once.
 *
 * ### Staff (access `staff`: active staff of the station)
 * - `register` { requestId, channel: 'walkIn'|'phone'|'letter'|'transferred', type: TicketType,
 *   content, contact: { name?, phone? }, topic?: GuidanceTopic (for 'guidance'), complaint?:
 *   { scope, respondentName?, respondentStaffId? } (required iff type 'complaint'),
 *   transferredFrom?: { department, dueDate: 'YYYY-MM-DD' (the sending department's reply
 *   deadline, not before today), reference? } (required iff channel 'transferred'),
 *   letterPhotoIds?: string[] (cloud file ids, ≤ 9), answeredOnSpot?: string (当场解答: the
 *   answer; the ticket is registered AND closed in one call) } → `{ ticket: TicketStaffView }`.
 *   The caller becomes first responder and assignee; status 'processing' (or 'closed').
 * - `registerMailbox` { requestId, letters: MailboxLetter[] (1–50) } → `{ tickets: InboxRow[] }`:
 *   the 17:00 mailbox collection (rule 八(二)), one ticket per letter, channel 'mailbox'.
 * - `inbox` { type?, status?, limit? (≤ 100, default 30), after? } → `{ items: InboxRow[], next:
 *   string | null, serverNow }`: open tickets (received + processing) unless `status` is given,
 *   ordered by due time — overdue first, then soonest due, then those without a clock (oldest
 *   first). Phones masked; complainants' names masked unless the caller handles the complaint.
 * - `staffList` → `{ items: StaffRef[] }` active staff, for 转交 (hand-on).
 * - `accept` { id } → `{ ticket }`: received → processing; the caller becomes first responder
 *   (for online tickets: the first staff member who accepts) and assignee; a complaint's
 *   5-working-day answer clock starts now. The person complained about may not accept (FORBIDDEN).
 * - `reply` { id, text (≤ 2000), confirmed?: boolean } → `ReplyResult`. Checked against the
 *   服务忌语 (rule 五(四)): with warnings and not `confirmed`, answers `{ sent: false, warnings }`
 *   and writes nothing; the text is never rewritten. Visible to the resident (and sent to them).
 * - `handOn` { id, toStaffId, note (≤ 500) } → `{ ticket }`: new assignee, first responder kept.
 * - `close` { id, result (≤ 2000), outOfScope?: { explanation, whereToGo }, confirmed? } → `{ sent: true, ticket }`
 *   or {@link CourtesyHold} (服务忌语 in the result or explanation, not confirmed; nothing written):
 *   stops the clocks; `outOfScope` = not the station's business: explained, and where to go
 *   (rule 二(五)). Allowed from 'received' too (the closer becomes first responder).
 * - `issueNotice` { id, guideKey ('guide:…'), extra? (≤ 1000), oral?: boolean, confirmed? } → `{ sent: true, ticket,
 *   notice: OneTimeNotice }` or {@link CourtesyHold} (服务忌语 in `extra`): the written one-time notice copied from the published guide
 *   (policy, process, materials, time limit, where to go), archived on the ticket and shown to the
 *   resident. `oral: true` only for channel 'phone' (rule 三(二)): then only a note is stored.
 *   Allowed on a closed ticket too (a matter answered on the spot still gets its written notice).
 * - `reportDelay` { id, reason (≤ 500), expectedBy: 'YYYY-MM-DD' (today or later), confirmed? } → `{ sent: true, ticket,
 *   notified: boolean }` or {@link CourtesyHold} (服务忌语 in the reason): the resident is told why and when
 *   (rule 八(五)3). The clock is not moved.
 * - A resident's view of the timeline carries only the texts written for them
 *   ({@link RESIDENT_TEXT_EVENTS}); hand-on notes stay with staff.
 * - `markMajor` { id, reason (≤ 500) } → `{ ticket }` (complaints only): reported to 县局政工监察股
 *   (rule 八(六)) — a record on the ticket, the audit trail, a notice to every director and admin.
 * - `recordTransferReply` { id, replyText (≤ 2000) } → `{ ticket }` (channel 'transferred' only):
 *   the result sent back to the sending department (rule 八(五)6); allowed after closing too. The
 *   first reply stops the 'transfer.reply' clock (`onTime` says whether it kept the deadline).
 *
 * Who may see and act on a ticket is the one access rule (src/domain/access/matter.ts, issue 9):
 * its handlers (assignee, first responder) and the directors / admins (督办) act; any station
 * staff may take on a ticket nobody handles yet (accept, close). Others: FORBIDDEN. The staff
 * member a complaint is about never sees it — not in `get` (FORBIDDEN), not in `inbox` — nor
 * the complainant's name or phone anywhere, and never acts on it.
 *
 * ### Directors and admins (access `director` — the admin is let in too)
 * - `complaintBook` { from, to: 'YYYY-MM-DD' (≤ 366 days) } → `{ from, to, rows: ComplaintBookRow[] }`
 *   every complaint received in the range, its handling and result (投诉记录本, rule 八(五)7).
 * - `complaintBookCsv` { from, to } → `{ filename, csv }` the same rows, UTF-8 with BOM (Excel).
 * - `majorReport` { id } → `MajorReport` the export for 县局政工监察股 (fields + `csv`).
 * A director who is the person complained about sees that complaint's book row with the
 * complainant and the content withheld (`withheld: 'respondent'`), and is refused its major
 * report (FORBIDDEN): the admin reads and reports it.
 *
 * ## Clocks (deadline engine; the scheduler warns and escalates)
 * - Online tickets while 'received': 'ticket.accept', 1 working day from submission, nobody
 *   responsible → the directors are warned and escalated to. Stops on accept / close.
 * - Complaints: 'complaint.answer', 5 working days from acceptance (rule 八(五)3–5), the assignee
 *   responsible, the complainant (if online) told when it runs late. Stops on close.
 * - Transferred in (channel 'transferred', rule 八(五)6): 'transfer.reply', due 17:00 of the sending
 *   department's `dueDate` (a day off moves it to the next working day), the registering staff
 *   member (then whoever it is handed on to) responsible, escalated to the directors. Runs beside
 *   the answer clock and past closing; stops on the first `recordTransferReply`.
 * - Other types except praise: 'ticket.answer', 5 working days from acceptance (限时办结 commitment
 *   of rule 一(三)); praise: no clock. Stops on close. Tickets answered on the spot: none.
 */

/** Where a transferred-in matter came from and by when the department wants the reply (rule 八(五)6). */
export interface TransferredFrom {
  department: string;
  reference?: string;
  /** 'YYYY-MM-DD' Beijing; absent on tickets registered before issue 13. */
  dueDate?: string;
}

/**
 * How a register or the complaint book names where a matter came from and by when the reply is
 * due: 「新建区司法局（新司转〔2026〕12号），12月8日前回复」.
 * @example transferredFromWords({ department: '新建区司法局', dueDate: '2026-12-08' }) // '新建区司法局，12月8日前回复'
 */
export function transferredFromWords(from: TransferredFrom): string {
  const ref = from.reference ? `（${from.reference}）` : '';
  const due = from.dueDate ? `，${+from.dueDate.slice(5, 7)}月${+from.dueDate.slice(8, 10)}日前回复` : '';
  return `${from.department}${ref}${due}`;
}

/** What a contact is about (rule 六). */
export type TicketType =
  | 'consultation'
  | 'legalAid'
  | 'mediation'
  | 'guidance'
  | 'adminApproval'
  | 'praise'
  | 'complaint'
  | 'suggestion'
  | 'other';

export const TICKET_TYPES: Record<TicketType, string> = {
  consultation: '法律咨询',
  legalAid: '法律援助',
  mediation: '人民调解',
  guidance: '公证、仲裁、司法鉴定、社区矫正、安置帮教引导',
  adminApproval: '行政审批相关服务',
  praise: '表扬',
  complaint: '投诉',
  suggestion: '意见建议',
  other: '其他',
};

/** The types a resident may submit online. */
export type OnlineTicketType = 'consultation' | 'complaint' | 'suggestion' | 'praise';
export const ONLINE_TICKET_TYPES: OnlineTicketType[] = ['consultation', 'complaint', 'suggestion', 'praise'];

/** For type 'guidance': which service the resident was guided to (rule 六(四)). */
export type GuidanceTopic = 'notary' | 'arbitration' | 'forensic' | 'communityCorrection' | 'resettlement' | 'lawyer';
export const GUIDANCE_TOPICS: Record<GuidanceTopic, string> = {
  notary: '公证',
  arbitration: '仲裁',
  forensic: '司法鉴定',
  communityCorrection: '社区矫正',
  resettlement: '安置帮教',
  lawyer: '律师诉讼代理',
};

/** How the contact came in. */
export type Channel = 'walkIn' | 'phone' | 'online' | 'letter' | 'mailbox' | 'transferred';
export const CHANNELS: Record<Channel, string> = {
  walkIn: '现场来访',
  phone: '来电',
  online: '线上',
  letter: '信函',
  mailbox: '投诉意见箱',
  transferred: '其他部门转来',
};

/** The 8 complaint scopes of rule 八(四), in order. */
export type ComplaintScope =
  | 'notAccepted'
  | 'dutyNotPerformed'
  | 'delay'
  | 'attitude'
  | 'notToldAtOnce'
  | 'bribery'
  | 'fees'
  | 'otherViolation';

export const COMPLAINT_SCOPES: Record<ComplaintScope, string> = {
  notAccepted: '对符合法定条件的公共法律服务事项申请不依法受理或决定的',
  dutyNotPerformed: '不依法履行法定职责或违反有关审批程序的',
  delay: '受理事项符合办理条件，但有意推诿、拖延或借口研究、请示，未按承诺期限及时办理的',
  attitude: '工作人员态度恶劣、语言生硬，斥责或讥讽服务对象的',
  notToldAtOnce: '不能一次性明确告知服务对象需提交有关手续、材料，致使服务对象多次往返的',
  bribery: '利用职权吃拿卡要或采取其他变相手段从服务对象处获得好处的',
  fees: '无偿法律服务收取费用的、不按规定标准收费或擅自提高、降低收费标准、擅立收费项目或收取与业务无关资费的',
  otherViolation: '其他违反服务规定的行为',
};

/** Short labels for chips and lists. */
export const COMPLAINT_SCOPE_SHORT: Record<ComplaintScope, string> = {
  notAccepted: '不依法受理',
  dutyNotPerformed: '不履行职责',
  delay: '推诿拖延',
  attitude: '态度恶劣',
  notToldAtOnce: '未一次性告知',
  bribery: '吃拿卡要',
  fees: '违规收费',
  otherViolation: '其他违规',
};

/** The ticket's life; see {@link TICKET_TRANSITIONS}. */
export type TicketStatus = 'received' | 'processing' | 'closed';
export const TICKET_STATUSES: Record<TicketStatus, string> = {
  received: '待受理',
  processing: '办理中',
  closed: '已办结',
};

/** What staff do to a ticket (the actions of the same name). */
export type TicketEvent =
  | 'accept'
  | 'reply'
  | 'handOn'
  | 'issueNotice'
  | 'reportDelay'
  | 'markMajor'
  | 'recordTransferReply'
  | 'close';

/**
 * Every allowed transition; anything not listed answers CONFLICT and writes nothing.
 *
 * | from       | accept     | reply/handOn/issueNotice/reportDelay/markMajor | recordTransferReply | close  |
 * |------------|------------|------------------------------------------------|---------------------|--------|
 * | received   | processing | —                                              | —                   | closed |
 * | processing | —          | processing                                     | processing          | closed |
 * | closed     | —          | — (issueNotice: closed — a notice after an on-the-spot answer) | closed | —      |
 */
export const TICKET_TRANSITIONS: Record<TicketStatus, Partial<Record<TicketEvent, TicketStatus>>> = {
  received: { accept: 'processing', close: 'closed' },
  processing: {
    reply: 'processing',
    handOn: 'processing',
    issueNotice: 'processing',
    reportDelay: 'processing',
    markMajor: 'processing',
    recordTransferReply: 'processing',
    close: 'closed',
  },
  // issue 9 §2: a matter closed (on the spot, or later) can still be given its written one-time notice.
  closed: { recordTransferReply: 'closed', issueNotice: 'closed' },
};

/** A staff member as shown on a ticket (names are public: 挂牌上岗). */
export interface StaffRef {
  staffId: string;
  name: string;
  roles?: Role[];
}

/** Timeline event kinds. Those in {@link RESIDENT_VISIBLE_EVENTS} are shown to the resident. */
export type TimelineKind =
  | 'submitted'
  | 'registered'
  | 'accepted'
  | 'reply'
  | 'handedOn'
  | 'noticeIssued'
  | 'delayReported'
  | 'markedMajor'
  | 'transferReplied'
  | 'closed'
  // issue 13 (分流交办): to whom it went (resident sees), staff-only answers and progress, what the station tells the resident
  | 'referred'
  | 'referralUpdate'
  | 'referralResult';

export const RESIDENT_VISIBLE_EVENTS: TimelineKind[] = ['submitted', 'registered', 'accepted', 'reply', 'handedOn', 'noticeIssued', 'delayReported', 'closed', 'referred', 'referralResult'];

/**
 * The events whose text is written FOR the resident (their own words, replies, the note of a
 * notice, a delay's reason, the result). Every other text is a staff-only note — a hand-on note
 * such as 「居民表示接受调解，请调解员办理」 — and never reaches the resident (issue 9 §3): the
 * resident sees that the matter was handed on, not what colleagues wrote to each other.
 */
export const RESIDENT_TEXT_EVENTS: TimelineKind[] = ['submitted', 'reply', 'noticeIssued', 'delayReported', 'closed', 'referralResult'];

/** One entry of a ticket's timeline (each is also an audit event). */
export interface TimelineEvent {
  id: string;
  at: number;
  kind: TimelineKind;
  /** Who did it: a staff member, or 'resident' for the person's own submission. */
  by: StaffRef | { resident: true };
  /** A line a person reads, e.g. 「示例·张某 受理」. */
  summary: string;
  /** The reply, result, note or reason, when there is one. */
  text?: string;
  /** handedOn: to whom. */
  to?: StaffRef;
  /** reply sent although 服务忌语 were found (the sender confirmed). */
  confirmedWarnings?: string[];
  /** delayReported: the day the resident was told to expect the answer. */
  expectedBy?: string;
}

/** A 一次性告知 notice (rule 三): written from a guide, archived with the ticket. */
export interface OneTimeNotice {
  id: string;
  ticketId: string;
  guideKey: string;
  title: string;
  /** 政策规定: the guide's summary and legal basis. */
  policy: string;
  /** 办理流程 */
  process: string[];
  /** 所需材料 */
  materials: string[];
  /** 办理时限 */
  timeLimit: string;
  whereToGo: string;
  /** What the staff member added for this person. */
  extra?: string;
  /** true: told orally on the phone; policy/process/materials are then empty (a note only). */
  oral: boolean;
  /** The guide's version copied. */
  guideVersion: number;
  issuedAt: number;
  issuedBy: StaffRef;
}

/** Why a ticket was closed. */
export interface Closure {
  result: string;
  /** Rule 二(五): outside the station's business — explained, and where to go. */
  outOfScope?: { explanation: string; whereToGo: string };
  at: number;
  by: StaffRef;
  /** false when a clock was overdue at closing. */
  onTime: boolean;
}

/** What a resident sees of their own ticket. */
export interface TicketView {
  view: 'resident';
  id: string;
  type: TicketType;
  channel: Channel;
  status: TicketStatus;
  content: string;
  createdAt: number;
  /** When the answer is due (the running clock), null when none. */
  dueAt: number | null;
  complaint?: { scope: ComplaintScope; respondentName?: string };
  /** Who handles it now, and who first received it. */
  assignee: StaffRef | null;
  firstResponder: StaffRef | null;
  /** Resident-visible events only, oldest first. */
  timeline: TimelineEvent[];
  notices: OneTimeNotice[];
  closure: Closure | null;
}

/** The last delay report (rule 八(五)3). */
export interface DelayInfo {
  reason: string;
  expectedBy: string;
  at: number;
}

/** What staff see. `contact` is null when the caller may not see it (see `contactHidden`). */
export interface TicketStaffView {
  view: 'staff';
  id: string;
  type: TicketType;
  topic?: GuidanceTopic;
  channel: Channel;
  status: TicketStatus;
  content: string;
  createdAt: number;
  acceptedAt: number | null;
  /** The complainant / person: full to handlers (assignee, first responder, director, admin). */
  contact: { name?: string; phone?: string } | null;
  /** Why contact is null: 'notHandler' (masked below) or 'respondent' (the person complained about). */
  contactHidden?: 'notHandler' | 'respondent';
  /** Masked forms, always present: 「陈**」「138****5678」. */
  contactMasked: { name?: string; phone?: string };
  /** true for a ticket a resident submitted online (replies reach them in the mini-program). */
  online: boolean;
  firstResponder: StaffRef | null;
  assignee: StaffRef | null;
  complaint?: {
    scope: ComplaintScope;
    respondentName?: string;
    /** true when the caller is the person complained about. */
    callerIsRespondent: boolean;
    major: { reason: string; at: number; by: StaffRef } | null;
  };
  /**
   * The sending department (rule 八(五)6), its reply deadline (a day, and its instant: 17:00 of
   * that day or of the next working day) and whether that deadline has passed without a reply.
   * Tickets registered before issue 13 have no deadline.
   */
  transferredFrom?: TransferredFrom & { dueAt?: number; overdue?: boolean };
  /** The reply sent back to the department; `onTime` false when it came after the deadline. */
  transferReply?: { text: string; at: number; by: StaffRef; onTime?: boolean };
  letterPhotoIds: string[];
  /** The running clock (from the deadline engine), null when none. */
  clock: { purpose: string; title: string; dueAt: number | null; warnAt: number | null; overdue: boolean; provisional: boolean } | null;
  delay: DelayInfo | null;
  timeline: TimelineEvent[];
  notices: OneTimeNotice[];
  closure: Closure | null;
  /** What the caller may do now (buttons to show). */
  can: Record<TicketEvent, boolean>;
}

/** One row of the staff inbox. */
export interface InboxRow {
  id: string;
  type: TicketType;
  channel: Channel;
  status: TicketStatus;
  /** The first 60 characters of the content. */
  preview: string;
  /** Masked for anyone who may not see the complainant; phones always masked. */
  contactName?: string;
  contactPhone?: string;
  assignee: StaffRef | null;
  firstResponder: StaffRef | null;
  dueAt: number | null;
  overdue: boolean;
  major: boolean;
  complaintScope?: ComplaintScope;
  createdAt: number;
  /** True when a resident owns it in the mini-program: they rate it there, staff never record it (issue 9 §2). */
  ownerRates?: boolean;
}

/** One row of a resident's own list. */
export interface MyTicketRow {
  id: string;
  type: TicketType;
  status: TicketStatus;
  preview: string;
  createdAt: number;
  dueAt: number | null;
  closedAt: number | null;
  /** Staff replies so far (resident-visible). */
  replies: number;
}

/** A letter collected from the hall mailbox at 17:00. */
export interface MailboxLetter {
  type?: 'complaint' | 'suggestion' | 'praise';
  content: string;
  name?: string;
  phone?: string;
  /** Required for complaints. */
  scope?: ComplaintScope;
  respondentName?: string;
  photoIds?: string[];
}

/** The answer of `reply`. */
export type ReplyResult =
  | { sent: true; ticket: TicketStaffView }
  | { sent: false; warnings: PhraseWarning[] };

/** A 服务忌语 found in a text a resident will read, with the polite form to use instead (rule 五(四)). */
export interface PhraseWarning {
  /** The words found, as written. */
  phrase: string;
  /** 'taboo': a 服务忌语; 'rude': 粗话、脏话. */
  category: 'taboo' | 'rude';
  suggestion: string;
  /** The input field the words are in, when the action takes several texts (e.g. 'outOfScope.explanation'). */
  field?: string;
}

/**
 * Issue 9 §3: what every action that writes staff text a resident reads answers when that text
 * holds 服务忌语 and the call is not `confirmed` — nothing is written; the sender may change the
 * text, or send the same call again with `confirmed: true` (the text is never rewritten). The
 * actions: tickets.reply, close (result, outOfScope), reportDelay (reason), issueNotice (extra);
 * appointments.confirmHomeVisit and proposeHomeVisit (note).
 */
export interface CourtesyHold {
  sent: false;
  warnings: PhraseWarning[];
}

/** An action's result once sent (`sent: true` plus its data), or held for the sender's confirmation. */
export type CourtesyChecked<T> = ({ sent: true } & T) | CourtesyHold;

/** One line of the 投诉记录本 (rule 八(五)7). */
export interface ComplaintBookRow {
  id: string;
  receivedAt: number;
  channel: Channel;
  complainantName: string;
  complainantPhone: string;
  respondentName: string;
  scope: ComplaintScope;
  content: string;
  transferredFrom: string;
  firstResponder: string;
  assignee: string;
  acceptedAt: number | null;
  dueAt: number | null;
  /** Every handling step, one line each: 「11月26日 10:00 示例·张某：受理」. */
  handling: string[];
  result: string;
  closedAt: number | null;
  /** null while open. */
  onTime: boolean | null;
  major: boolean;
  transferReply: string;
  /**
   * 'respondent' when the reader is the person this complaint is about (a director, issue 9):
   * the row stays so the book is complete, but the complainant's name and phone, the content,
   * the handling steps, the result and the reply are withheld (empty) — the admin, and a
   * director who is not complained about, read them.
   */
  withheld?: 'respondent';
}

/** The export for 县局政工监察股 (rule 八(六)). */
export interface MajorReport {
  filename: string;
  title: string;
  /** Label → value, in order, for a printable page. */
  fields: Array<{ label: string; value: string }>;
  handling: string[];
  /** The same as CSV, UTF-8 with BOM. */
  csv: string;
}

/** Mini-program pages the notifications open (the frontend owns the pages). */
export const TICKET_PAGES = {
  resident: '/packages/resident/pages/tickets/detail/index',
  staff: '/packages/staff/pages/tickets/detail/index',
} as const;

/**
 * The link to a ticket's page for a resident or a staff member.
 * @example ticketLink('tk_1', 'staff') // '/packages/staff/pages/tickets/detail/index?id=tk_1'
 */
export function ticketLink(id: string, who: keyof typeof TICKET_PAGES): string {
  return `${TICKET_PAGES[who]}?id=${encodeURIComponent(id)}`;
}

/** Online submissions a resident may make per Beijing day. */
export const DAILY_SUBMISSION_LIMIT = 10;
