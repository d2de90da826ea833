import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { loadCalendar } from '../deadlines';
import type { ComplaintScope, InboxRow, MailboxLetter } from '../../shared/tickets';
import { asStaff, refOf } from './caller';
import { cleanContact, complaintOf, findRespondent, newTicketDoc } from './create';
import { ticketIdFor } from './ids';
import { newEvent } from './timeline';
import { writeRegistered } from './register';
import { inboxRow } from './views';
import type { TicketDoc } from './types';

/** Every complaint letter needs its scope (rule 八(四)); checked before anything is written. */
function checkLetters(letters: MailboxLetter[]): void {
  letters.forEach((l, i) => {
    const type = l.type ?? 'complaint';
    if (type === 'complaint' && !l.scope) throw new AppError('VALIDATION', `第 ${i + 1} 封信：「投诉事项类别」不能为空`, `letters.${i}.scope`);
    if (type !== 'complaint' && (l.scope || l.respondentName)) {
      throw new AppError('VALIDATION', `第 ${i + 1} 封信：只有投诉需要填写投诉信息`, `letters.${i}.scope`);
    }
  });
}

/**
 * The 17:00 mailbox collection (rule 八(二)): the staff member who opened the box registers
 * each letter as a ticket (channel 'mailbox'), becoming its first responder and assignee; a
 * complaint's 5-working-day clock starts at registration. One transaction per letter, ids from
 * (caller, requestId, position): sending the same batch again adds nothing.
 *
 * @example await registerMailbox(ctx, { requestId: 'box-20261126', letters: [{ content: '…', scope: 'attitude' }] })
 */
export async function registerMailbox(ctx: Ctx, input: { requestId: string; letters: MailboxLetter[] }): Promise<{ tickets: InboxRow[] }> {
  const actor = asStaff(ctx.actor);
  checkLetters(input.letters);
  const calendar = await loadCalendar(ctx.store);
  const by = refOf(actor);
  const out: InboxRow[] = [];
  for (const [i, letter] of input.letters.entries()) {
    const type = letter.type ?? 'complaint';
    const id = ticketIdFor(`staff:${actor.staffId}`, input.requestId, i + 1);
    const respondentStaffId = type === 'complaint' ? await findRespondent(ctx.store, letter.respondentName) : null;
    const first = newEvent(ctx.now, 'registered', by, `${by.name} 开启投诉意见箱登记（第 ${i + 1} 封）`);
    const doc = newTicketDoc({
      _id: id, type, channel: 'mailbox', status: 'processing', content: letter.content, contact: cleanContact(letter),
      ownerOpenid: null, requestId: input.requestId, createdAt: ctx.now, acceptedAt: ctx.now, firstResponder: by, assignee: by,
      letterPhotoIds: letter.photoIds ?? [],
      ...(type === 'complaint' ? { complaint: complaintOf({ scope: letter.scope as ComplaintScope, respondentName: letter.respondentName }, respondentStaffId) } : {}),
    }, first);
    const saved = await ctx.store.transaction(async (tx) => (await writeRegistered(tx, ctx, actor, doc, calendar)) ?? (await tx.get<TicketDoc>('tickets', id))!);
    out.push(inboxRow(saved, actor, ctx.now));
  }
  return { tickets: out };
}
