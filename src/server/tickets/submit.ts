import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { createOnce } from '../outbox/create-once';
import { loadCalendar } from '../deadlines';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { ACCEPT_CLOCK } from '../../domain/tickets/clocks';
import { DAILY_SUBMISSION_LIMIT, TICKET_TYPES, type OnlineTicketType, type TicketView } from '../../shared/tickets';
import { openidOf } from './caller';
import { cleanContact, complaintOf, findRespondent, newTicketDoc } from './create';
import { startTicketClock } from './clocks';
import { ticketIdFor, ticketSubject } from './ids';
import { newEvent, queueKeyFor } from './timeline';
import { residentView } from './views';
import { appendAudit, auditEvent } from '../content/audit';
import type { TicketDoc } from './types';

import type { SubmitInput } from './schemas';

export type { SubmitInput };

/** Rule 八(五)1: a complaint records the complainant's name and phone and its scope. */
function checkComplaint(input: SubmitInput): void {
  if (input.type === 'complaint') {
    if (!input.complaint) throw new AppError('VALIDATION', '「投诉事项类别」不能为空', 'complaint.scope');
    if (!input.name) throw new AppError('VALIDATION', '「姓名」不能为空：投诉需要登记投诉人姓名', 'name');
    if (!input.phone) throw new AppError('VALIDATION', '「联系电话」不能为空：我们要按这个电话答复您', 'phone');
  } else if (input.complaint) {
    throw new AppError('VALIDATION', '只有投诉需要填写「投诉信息」', 'complaint');
  }
}

/**
 * A resident submits a consultation, complaint, suggestion or praise online. The same
 * requestId again answers the ticket already made (nothing new is written); more than
 * {@link DAILY_SUBMISSION_LIMIT} new ones in a Beijing day answer RATE_LIMITED. The ticket waits
 * for a staff member to accept it, with a 1-working-day acceptance clock escalating to the directors.
 *
 * @example await submitTicket(ctx, { type: 'consultation', content: '邻居占我家宅基地怎么办？', requestId: 'r-12345678' })
 */
export async function submitTicket(ctx: Ctx, input: SubmitInput): Promise<{ ticket: TicketView }> {
  const openid = openidOf(ctx.actor);
  checkComplaint(input);
  const id = ticketIdFor(`openid:${openid}`, input.requestId);
  const existing = await ctx.store.get<TicketDoc>('tickets', id);
  if (existing) return { ticket: residentView(existing) };
  const dayStart = beijingInstant(toBeijingDate(ctx.now), '00:00');
  const today = await ctx.store.count('tickets', { ownerOpenid: openid, createdAt: { $gte: dayStart } });
  if (today >= DAILY_SUBMISSION_LIMIT) {
    throw new AppError('RATE_LIMITED', `今天已经提交了 ${today} 件，请明天再提交；急事请拨打 0791-83280001`);
  }
  const respondentStaffId = input.type === 'complaint' ? await findRespondent(ctx.store, input.complaint?.respondentName) : null;
  const calendar = await loadCalendar(ctx.store);
  const contact = cleanContact({ name: input.name, phone: input.phone });
  const first = newEvent(ctx.now, 'submitted', { resident: true }, `线上提交${TICKET_TYPES[input.type as OnlineTicketType]}`);
  const doc = newTicketDoc({
    _id: id, type: input.type as OnlineTicketType, channel: 'online', status: 'received', content: input.content, contact,
    ownerOpenid: openid, requestId: input.requestId, createdAt: ctx.now,
    ...(input.complaint ? { complaint: complaintOf(input.complaint, respondentStaffId) } : {}),
  }, first);
  return ctx.store.transaction(async (tx) => {
    if (!(await createOnce(tx, 'tickets', doc))) return { ticket: residentView((await tx.get<TicketDoc>('tickets', id))!) };
    const fields = await startTicketClock(tx, doc, ACCEPT_CLOCK, ctx.now, calendar);
    const saved: TicketDoc = { ...doc, ...fields };
    saved.queueKey = queueKeyFor(saved);
    await tx.put('tickets', saved);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: ticketSubject(id), action: 'ticket.submitted', to: { status: 'received', type: doc.type } }));
    return { ticket: residentView(saved) };
  });
}
