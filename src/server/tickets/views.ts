import type { ClockDoc } from '../deadlines';
import {
  RESIDENT_TEXT_EVENTS,
  RESIDENT_VISIBLE_EVENTS,
  type InboxRow,
  type MyTicketRow,
  type TicketEvent,
  type TimelineEvent,
  type TicketStaffView,
  type TicketView,
} from '../../shared/tickets';
import { mayActor, contactFor, viewerOf } from '../core/matter-access';
import { contactLevel, relationOf } from '../../domain/access/matter';
import { nextTicketStatus, TICKET_EVENTS } from '../../domain/tickets/status';
import { maskPhone } from '../../domain/tickets/mask';
import { partiesOf, type StaffActor } from './caller';
import type { TicketDoc } from './types';

/** The first `n` characters of a text, for lists. @example preview('一二三', 2) // '一二…' */
export function preview(text: string, n = 60): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= n ? chars.join('') : `${chars.slice(0, n).join('')}…`;
}

/**
 * A timeline event as the resident sees it: staff-only notes (the text of any event not in
 * RESIDENT_TEXT_EVENTS) and the phrases a sender confirmed are left out.
 * @example residentEvent({ kind: 'handedOn', text: '居民表示接受', … }).text // undefined
 */
export function residentEvent(e: TimelineEvent): TimelineEvent {
  const { text, confirmedWarnings: _confirmed, ...rest } = e;
  return text !== undefined && RESIDENT_TEXT_EVENTS.includes(e.kind) ? { ...rest, text } : rest;
}

/** A resident's view of their own ticket: no internal events, no internal fields, no staff-only notes. */
export function residentView(t: TicketDoc): TicketView {
  const view: TicketView = {
    view: 'resident', id: t._id, type: t.type, channel: t.channel, status: t.status, content: t.content,
    createdAt: t.createdAt, dueAt: t.status === 'closed' ? null : t.dueAt, assignee: t.assignee, firstResponder: t.firstResponder,
    timeline: t.timeline.filter((e) => RESIDENT_VISIBLE_EVENTS.includes(e.kind)).map(residentEvent),
    notices: t.notices, closure: t.closure,
  };
  if (t.complaint) {
    view.complaint = { scope: t.complaint.scope };
    if (t.complaint.respondentName) view.complaint.respondentName = t.complaint.respondentName;
  }
  return view;
}

/** A resident's list row. */
export function myRow(t: TicketDoc): MyTicketRow {
  return {
    id: t._id, type: t.type, status: t.status, preview: preview(t.content), createdAt: t.createdAt,
    dueAt: t.status === 'closed' ? null : t.dueAt, closedAt: t.closedAt, replies: t.timeline.filter((e) => e.kind === 'reply').length,
  };
}

/** Whether the caller may do each event now (status table, the one access rule, type). */
function abilities(t: TicketDoc, actor: StaffActor): Record<TicketEvent, boolean> {
  const out = {} as Record<TicketEvent, boolean>;
  const mayAct = mayActor(actor, partiesOf(t), 'act');
  for (const e of TICKET_EVENTS) {
    const byType = e === 'markMajor' ? t.type === 'complaint' && !t.complaint?.major : e === 'recordTransferReply' ? t.channel === 'transferred' : true;
    out[e] = byType && nextTicketStatus(t.status, e) !== null && mayAct;
  }
  return out;
}

/**
 * A staff member's view (the caller may `see` the ticket — get.ts asks the rule first). The
 * contact is whole for those the one access rule lets see it, masked otherwise; `clock` is the
 * live clock document, when the ticket has one running.
 */
export function staffView(t: TicketDoc, actor: StaffActor, clock: ClockDoc | null, now: number): TicketStaffView {
  const parties = partiesOf(t);
  const level = contactLevel(viewerOf(actor), parties);
  const respondent = relationOf(viewerOf(actor), parties) === 'respondent';
  const seeContact = level === 'full';
  const view: TicketStaffView = {
    view: 'staff', id: t._id, type: t.type, channel: t.channel, status: t.status, content: t.content, createdAt: t.createdAt,
    acceptedAt: t.acceptedAt, contact: seeContact ? { ...t.contact } : null,
    contactMasked: level === 'masked' ? contactFor(actor, parties, t.contact) : {},
    online: t.ownerOpenid !== null, firstResponder: t.firstResponder, assignee: t.assignee, letterPhotoIds: t.letterPhotoIds,
    clock: clock && clock.state !== 'stopped'
      ? { purpose: clock.purpose, title: clock.title, dueAt: clock.dueAt, warnAt: clock.warnAt, overdue: clock.dueAt !== null && clock.dueAt <= now, provisional: clock.provisional }
      : null,
    delay: t.delay, timeline: t.timeline, notices: t.notices, closure: t.closure, can: abilities(t, actor),
  };
  if (!seeContact) view.contactHidden = respondent ? 'respondent' : 'notHandler';
  if (t.topic) view.topic = t.topic;
  if (t.complaint) {
    view.complaint = { scope: t.complaint.scope, callerIsRespondent: respondent, major: t.complaint.major };
    if (t.complaint.respondentName) view.complaint.respondentName = t.complaint.respondentName;
  }
  if (t.transferredFrom) {
    const due = t.transferredFrom.dueAt;
    view.transferredFrom = { ...t.transferredFrom, ...(due !== undefined ? { overdue: !t.transferReply && due <= now } : {}) };
  }
  if (t.transferReply) view.transferReply = t.transferReply;
  return view;
}

/**
 * An inbox row (for a caller who may `see` the ticket): phones always masked; names whole only
 * for those the one access rule lets see the contact, masked for others, absent for the person
 * complained about.
 */
export function inboxRow(t: TicketDoc, actor: StaffActor, now: number): InboxRow {
  const parties = partiesOf(t);
  const shown = contactFor(actor, parties, t.contact);
  const row: InboxRow = {
    id: t._id, type: t.type, channel: t.channel, status: t.status, preview: preview(t.content),
    assignee: t.assignee, firstResponder: t.firstResponder, dueAt: t.status === 'closed' ? null : t.dueAt,
    overdue: t.status !== 'closed' && t.dueAt !== null && t.dueAt <= now, major: Boolean(t.complaint?.major), createdAt: t.createdAt,
  };
  if (shown.name) row.contactName = shown.name;
  if (shown.phone) row.contactPhone = maskPhone(t.contact.phone ?? '');
  if (t.complaint) row.complaintScope = t.complaint.scope;
  if (t.ownerOpenid !== null) row.ownerRates = true;
  return row;
}
