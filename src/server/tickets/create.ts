import { MAX_PAGE, type Store } from '../ports/store';
import type { ComplaintScope, StaffRef, TimelineEvent } from '../../shared/tickets';
import { queueKeyFor } from './timeline';
import type { TicketDoc } from './types';

/** What a new ticket needs; everything else starts empty. */
export type NewTicket = Pick<TicketDoc, '_id' | 'type' | 'channel' | 'status' | 'content' | 'contact' | 'ownerOpenid' | 'requestId' | 'createdAt'> &
  Partial<Pick<TicketDoc, 'topic' | 'complaint' | 'transferredFrom' | 'letterPhotoIds' | 'firstResponder' | 'assignee' | 'acceptedAt'>>;

/**
 * A ticket document with its first timeline event, not yet written.
 * @example newTicketDoc({ _id: 'tk_…', type: 'consultation', channel: 'online', status: 'received', … }, event)
 */
export function newTicketDoc(fields: NewTicket, first: TimelineEvent): TicketDoc {
  const doc: TicketDoc = {
    letterPhotoIds: [],
    firstResponder: null,
    assignee: null,
    acceptedAt: null,
    ...fields,
    open: fields.status !== 'closed',
    clock: null,
    dueAt: null,
    queueKey: '',
    delay: null,
    timeline: [first],
    notices: [],
    closure: null,
    closedAt: null,
    updatedAt: fields.createdAt,
  };
  for (const key of ['topic', 'complaint', 'transferredFrom'] as const) if (doc[key] === undefined) delete doc[key];
  doc.queueKey = queueKeyFor(doc);
  return doc;
}

/**
 * The active staff member a complaint names, matched on the name as written (「张某」 also
 * matches the badge name 「示例·张某」); null when none or more than one match.
 *
 * @example await findRespondent(store, '张某') // 'staff:demo-staff'
 */
export async function findRespondent(store: Store, name: string | undefined): Promise<string | null> {
  const wanted = name?.trim();
  if (!wanted) return null;
  const staff = await store.find<{ _id: string; name: string }>('staff', { where: { active: true }, limit: MAX_PAGE });
  const hits = staff.filter((s) => s.name === wanted || s.name.endsWith(`·${wanted}`));
  return hits.length === 1 ? hits[0]._id : null;
}

/** A staff member by id, active only. */
export async function activeStaff(store: Pick<Store, 'get'>, staffId: string): Promise<StaffRef | null> {
  const s = await store.get<{ _id: string; name: string; active: boolean; roles: StaffRef['roles'] }>('staff', staffId);
  return s && s.active ? { staffId: s._id, name: s.name, roles: s.roles ?? [] } : null;
}

/** A contact without empty fields. @example cleanContact({ name: '王某', phone: undefined }) // { name: '王某' } */
export function cleanContact(c: { name?: string; phone?: string }): TicketDoc['contact'] {
  const out: TicketDoc['contact'] = {};
  if (c.name) out.name = c.name;
  if (c.phone) out.phone = c.phone;
  return out;
}

/** The complaint part of a new ticket. */
export function complaintOf(c: { scope: ComplaintScope; respondentName?: string }, respondentStaffId: string | null): NonNullable<TicketDoc['complaint']> {
  return { scope: c.scope, ...(c.respondentName ? { respondentName: c.respondentName } : {}), respondentStaffId, major: null };
}
