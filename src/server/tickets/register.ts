import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Tx } from '../ports/store';
import type { Calendar } from '../../domain/calendar';
import { keepPhotos } from '../files/uploads';
import { createOnce } from '../outbox/create-once';
import { appendAudit, auditEvent } from '../content/audit';
import { loadCalendar } from '../deadlines';
import { answerClockFor, transferDueProblem, transferReplyClock } from '../../domain/tickets/clocks';
import { toBeijingDate } from '../../domain/beijing';
import { CHANNELS, TICKET_TYPES, type Channel, type CourtesyChecked, type TicketStaffView } from '../../shared/tickets';
import { courtesyCheck } from '../core/courtesy';
import { asStaff, refOf, type StaffActor } from './caller';
import { activeStaff, cleanContact, complaintOf, findRespondent, newTicketDoc } from './create';
import { startTicketClock } from './clocks';
import { ticketIdFor, ticketSubject } from './ids';
import { newEvent, queueKeyFor } from './timeline';
import { loadStaffView } from './staff-view';
import type { TicketDoc } from './types';
import { requestRating } from '../ratings/request';
import { completedTicket } from '../ratings/completed';

import type { RegisterInput } from './schemas';

export type { RegisterInput };

/**
 * The cross-field rules of a registration; throws VALIDATION naming the field. `today` (Beijing)
 * bounds a transferred matter's reply deadline (rule 八(五)6: not in the past).
 */
export function checkRegistration(input: RegisterInput, today: string): void {
  const bad = (message: string, field: string) => new AppError('VALIDATION', message, field);
  if (input.type === 'complaint' && !input.complaint) throw bad('「投诉事项类别」不能为空', 'complaint.scope');
  if (input.type !== 'complaint' && input.complaint) throw bad('只有投诉需要填写「投诉信息」', 'complaint');
  if (input.topic && input.type !== 'guidance') throw bad('只有「引导」类事项需要选择引导事项', 'topic');
  if (input.channel === 'transferred' && !input.transferredFrom) throw bad('「转来部门」不能为空', 'transferredFrom.department');
  if (input.channel !== 'transferred' && input.transferredFrom) throw bad('只有其他部门转来的事项需要填写「转来部门」', 'transferredFrom');
  const lateReply = input.transferredFrom ? transferDueProblem(input.transferredFrom.dueDate, today) : null;
  if (lateReply) throw bad(lateReply, 'transferredFrom.dueDate');
  if (input.type === 'complaint' && (input.channel === 'walkIn' || input.channel === 'phone')) {
    if (!input.contact.name) throw bad('「姓名」不能为空：现场和电话投诉要登记投诉人姓名', 'contact.name');
    if (!input.contact.phone) throw bad('「联系电话」不能为空：现场和电话投诉要登记联系电话', 'contact.phone');
  }
}

/** The respondent's staff id: the one named by id (must be active staff), else matched by name. */
async function respondentOf(ctx: Ctx, input: RegisterInput): Promise<string | null> {
  if (!input.complaint) return null;
  if (input.complaint.respondentStaffId) {
    if (!(await activeStaff(ctx.store, input.complaint.respondentStaffId))) {
      throw new AppError('VALIDATION', '「被投诉人」不是本站在岗工作人员', 'complaint.respondentStaffId');
    }
    return input.complaint.respondentStaffId;
  }
  return findRespondent(ctx.store, input.complaint.respondentName);
}

/**
 * Writes one registered ticket (the caller first responder and assignee, accepted at once) with
 * its answer clock — or, answered on the spot, closed at once without a clock: a completed
 * service like any other (issue 9 §2), so its rating is requested, it counts in the month's
 * figures and, taken by phone, enters the month's callback sample pool. Answers the saved
 * ticket, or null when the id exists (a repeated request).
 */
export async function writeRegistered(
  tx: Tx, ctx: Ctx, actor: StaffActor, doc: TicketDoc, calendar: Calendar, answeredOnSpot?: string, confirmedWarnings?: string[],
): Promise<TicketDoc | null> {
  if (!(await createOnce(tx, 'tickets', doc))) return null;
  await keepPhotos(tx, doc.letterPhotoIds); // issue 10: kept photos are not swept
  let saved: TicketDoc = doc;
  if (answeredOnSpot) {
    const by = refOf(actor);
    const closed = newEvent(ctx.now, 'closed', by, `${by.name} 当场解答，办结`, { text: answeredOnSpot, confirmedWarnings });
    saved = { ...doc, status: 'closed', open: false, closedAt: ctx.now, closure: { result: answeredOnSpot, at: ctx.now, by, onTime: true }, timeline: [...doc.timeline, closed] };
  } else {
    const spec = answerClockFor(doc.type);
    if (spec) saved = { ...doc, ...(await startTicketClock(tx, doc, spec, ctx.now, calendar, actor.staffId)) };
  }
  if (doc.transferredFrom?.dueDate) saved = { ...saved, transferredFrom: await startTransferClock(tx, ctx.now, actor, saved, calendar) };
  saved.queueKey = queueKeyFor(saved);
  await tx.put('tickets', saved);
  await appendAudit(tx, auditEvent({
    at: ctx.now, actor, subject: ticketSubject(doc._id), action: 'ticket.registered',
    to: { status: saved.status, type: doc.type, channel: doc.channel, assignee: actor.staffId },
  }));
  if (answeredOnSpot) await requestRating(tx, completedTicket(saved), ctx.now); // never major: nobody marked it yet
  return saved;
}

/**
 * Starts the reply owed to the sending department (rule 八(五)6) as a clock on the ticket — also
 * when the matter was answered on the spot: the department still waits for the result — and
 * answers `transferredFrom` with the clock's due instant.
 */
async function startTransferClock(tx: Tx, now: number, actor: StaffActor, t: TicketDoc, calendar: Calendar): Promise<NonNullable<TicketDoc['transferredFrom']>> {
  const from = t.transferredFrom!;
  const spec = transferReplyClock(toBeijingDate(now), from.dueDate!);
  const { dueAt } = await startTicketClock(tx, t, spec, now, calendar, actor.staffId);
  return { ...from, ...(dueAt !== null ? { dueAt } : {}) };
}

/** A registered ticket, not yet written: the caller first responder and assignee, accepted now. */
function registeredDoc(
  ctx: Pick<Ctx, 'now'>, actor: StaffActor, id: string, input: RegisterInput, respondentStaffId: string | null, ownerOpenid: string | null,
): TicketDoc {
  const by = refOf(actor);
  const first = newEvent(ctx.now, 'registered', by, `${by.name} 登记（${CHANNELS[input.channel as Channel]}，${TICKET_TYPES[input.type]}）`);
  return newTicketDoc({
    _id: id, type: input.type, channel: input.channel, status: 'processing', content: input.content, contact: cleanContact(input.contact),
    ownerOpenid, requestId: input.requestId, createdAt: ctx.now, acceptedAt: ctx.now, firstResponder: by, assignee: by,
    letterPhotoIds: input.letterPhotoIds ?? [],
    ...(input.topic ? { topic: input.topic } : {}),
    ...(input.complaint ? { complaint: complaintOf(input.complaint, respondentStaffId) } : {}),
    ...(input.transferredFrom ? { transferredFrom: input.transferredFrom } : {}),
  }, first);
}

/**
 * Registers a ticket inside the caller's transaction (another service's change and the ticket
 * commit together, e.g. an appointment's outcome that needs follow-up). The id is derived from
 * `source` and the request id, so running it twice finds the first ticket. `ownerOpenid` lets
 * the resident follow it in 我的事项. Complaints are not registered this way (no respondent check).
 *
 * @example await registerInTx(tx, ctx, actor, { requestId: 'followUp', channel: 'walkIn', type: 'legalAid', content: '…', contact: {} }, calendar, { source: 'appointment:appt:1', ownerOpenid: 'o1' })
 */
export async function registerInTx(
  tx: Tx, ctx: Ctx, actor: StaffActor, input: RegisterInput, calendar: Calendar, opts: { source: string; ownerOpenid?: string | null },
): Promise<TicketDoc> {
  checkRegistration(input, toBeijingDate(ctx.now));
  if (input.complaint) throw new AppError('VALIDATION', '投诉请在工作台登记', 'type');
  const id = ticketIdFor(opts.source, input.requestId);
  const doc = registeredDoc(ctx, actor, id, input, null, opts.ownerOpenid ?? null);
  return (await writeRegistered(tx, ctx, actor, doc, calendar, input.answeredOnSpot)) ?? (await tx.get<TicketDoc>('tickets', id))!;
}

/**
 * Staff register a walk-in, a phone call, a letter or a transferred matter in a few taps (daily
 * categorized registration, rule 十一(二)). The caller is first responder (rule 二(一)) and
 * assignee; the ticket is accepted at once, so its answer clock starts now. An on-the-spot
 * answer reaches the resident, so it is checked for 服务忌语 like a close result (rule 五(四),
 * issue 9 §3): found and not `confirmed` → `{ sent: false, warnings }`, nothing written.
 *
 * @example await registerTicket(ctx, { requestId: 'r-12345678', channel: 'phone', type: 'consultation', content: '…', contact: { name: '王某', phone: '13812345678' } })
 */
export async function registerTicket(ctx: Ctx, input: RegisterInput): Promise<CourtesyChecked<{ ticket: TicketStaffView }>> {
  const actor = asStaff(ctx.actor);
  checkRegistration(input, toBeijingDate(ctx.now));
  const id = ticketIdFor(`staff:${actor.staffId}`, input.requestId);
  const existing = await ctx.store.get<TicketDoc>('tickets', id);
  if (existing) return { sent: true, ticket: await loadStaffView(ctx.store, existing, actor, ctx.now) };
  const courtesy = courtesyCheck({ answeredOnSpot: input.answeredOnSpot }, input.confirmed);
  if (courtesy.hold) return courtesy.hold;
  const respondentStaffId = await respondentOf(ctx, input);
  if (respondentStaffId === actor.staffId) {
    throw new AppError('FORBIDDEN', '您是这件投诉的被投诉人，请其他同事或工作站主任登记');
  }
  const calendar = await loadCalendar(ctx.store);
  const doc = registeredDoc(ctx, actor, id, input, respondentStaffId, null);
  return ctx.store.transaction(async (tx) => {
    const saved = (await writeRegistered(tx, ctx, actor, doc, calendar, input.answeredOnSpot, courtesy.confirmedPhrases)) ?? (await tx.get<TicketDoc>('tickets', id))!;
    return { sent: true as const, ticket: await loadStaffView(tx, saved, actor, ctx.now) };
  });
}
