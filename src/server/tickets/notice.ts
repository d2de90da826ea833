import { randomUUID } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Store } from '../ports/store';
import type { ContentItem, Guide } from '../../shared/content';
import type { CourtesyChecked, OneTimeNotice, StaffRef, TicketStaffView } from '../../shared/tickets';
import { courtesyCheck } from '../core/courtesy';
import { asStaff, refOf } from './caller';
import { loadForEvent, repeatedEvent } from './load';
import { TICKET_PURPOSES, tellResident } from './notify';
import { loadStaffView } from './staff-view';
import { newEvent, saveWithEvent } from './timeline';

/** The published guide, or NOT_FOUND naming the field. */
async function loadGuide(store: Store, key: string): Promise<ContentItem<'guide'>> {
  const doc = await store.get<{ _id: string; kind: string; data: Guide; version: number }>('content', key);
  if (!doc || doc.kind !== 'guide') throw new AppError('NOT_FOUND', '没有找到这份办事指南，请刷新后再选', 'guideKey');
  return doc as unknown as ContentItem<'guide'>;
}

/**
 * The notice written from a guide (rule 三(一): policy, process, materials, time limit). Oral
 * (phone, rule 三(二)): only the note that it was told, without the written content.
 *
 * @example buildNotice('tk_1', 'guide:notary', guide, 3, { extra: '请带房产证', oral: false }, now, by).materials.length // 5
 */
export function buildNotice(
  ticketId: string, guideKey: string, guide: Guide, guideVersion: number, opts: { extra?: string; oral: boolean }, at: number, by: StaffRef,
): OneTimeNotice {
  const notice: OneTimeNotice = {
    id: `nt_${randomUUID().replace(/-/g, '').slice(0, 12)}`, ticketId, guideKey, title: `一次性告知：${guide.title}`,
    policy: opts.oral ? '' : `${guide.summary}\n依据：${guide.basis}`, process: opts.oral ? [] : [...guide.steps],
    materials: opts.oral ? [] : [...guide.materials], timeLimit: opts.oral ? '' : guide.timeLimit, whereToGo: opts.oral ? '' : guide.whereToGo,
    oral: opts.oral, guideVersion, issuedAt: at, issuedBy: by,
  };
  if (opts.extra) notice.extra = opts.extra;
  return notice;
}

/**
 * Issues the one-time notice (一次性告知) from a guide: archived on the ticket, shown to the
 * resident in the mini-program and sent to them. `oral` only for phone consultations (rule
 * 三(二)); everything else is written. The staff member's note (`extra`) is checked for 服务忌语
 * first (issue 9 §3): found and not `confirmed` → `{ sent: false, warnings }`, nothing written.
 * Issued again (the same `requestId`, or the same guide version and note as the last notice) it
 * answers that notice and writes nothing: the notice is given once.
 *
 * @example await issueNotice(ctx, { id, guideKey: 'guide:legal-aid', extra: '请带低保证' })
 */
export async function issueNotice(
  ctx: Ctx, input: { id: string; guideKey: string; extra?: string; oral?: boolean; confirmed?: boolean; requestId?: string },
): Promise<CourtesyChecked<{ ticket: TicketStaffView; notice: OneTimeNotice }>> {
  const actor = asStaff(ctx.actor);
  const courtesy = courtesyCheck({ extra: input.extra }, input.confirmed);
  const guide = await loadGuide(ctx.store, input.guideKey);
  return ctx.store.transaction(async (tx) => {
    const sameNotice = (t: { notices: OneTimeNotice[] }) => (e: { at: number }) =>
      t.notices.some((n) => n.issuedAt === e.at && n.guideKey === input.guideKey && n.guideVersion === guide.version && n.extra === input.extra && n.oral === (input.oral === true));
    const { ticket, next, repeat } = await loadForEvent(tx, input.id, actor, 'issueNotice', (t) => repeatedEvent(t, input.requestId, 'noticeIssued', sameNotice(t)));
    if (repeat) {
      const notice = ticket.notices.find((n) => n.issuedAt === repeat.at) ?? ticket.notices[ticket.notices.length - 1];
      return { sent: true as const, ticket: await loadStaffView(tx, ticket, actor, ctx.now), notice };
    }
    if (courtesy.hold) return courtesy.hold;
    const oral = input.oral === true;
    if (oral && ticket.channel !== 'phone') {
      throw new AppError('VALIDATION', '只有电话咨询可以口头告知，其他一律书面告知（制度三（二））', 'oral');
    }
    const by = refOf(actor);
    const notice = buildNotice(ticket._id, input.guideKey, guide.data, guide.version, { extra: input.extra, oral }, ctx.now, by);
    const summary = oral ? `${by.name} 电话口头一次性告知《${guide.data.title}》` : `${by.name} 出具一次性告知书《${guide.data.title}》`;
    const event = newEvent(ctx.now, 'noticeIssued', by, summary, { text: input.extra, confirmedWarnings: courtesy.confirmedPhrases });
    const saved = await saveWithEvent(tx, ticket, { ...ticket, status: next, notices: [...ticket.notices, notice] }, event, actor, ctx.now, input.requestId);
    await tellResident(tx, saved, event.id, {
      purpose: TICKET_PURPOSES.notice, title: notice.title, body: `请查看办理要求和所需材料：${guide.data.title}`,
    }, ctx.now);
    return { sent: true as const, ticket: await loadStaffView(tx, saved, actor, ctx.now), notice };
  });
}
