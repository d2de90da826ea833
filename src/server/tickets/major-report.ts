import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { toCsv } from '../../domain/tickets/csv';
import { formatBeijing } from '../notify/format';
import { CHANNELS, COMPLAINT_SCOPES, type MajorReport } from '../../shared/tickets';
import { assertMay } from '../core/matter-access';
import { partiesOf } from './caller';
import { handlingLines, requireSupervisor } from './complaint-book';
import { logAccess } from './get';
import { ticketSubject } from './ids';
import { notFound } from './load';
import type { TicketDoc } from './types';

/**
 * The report of a major complaint for 县局政工监察股 (rule 八(六)): every field of the
 * complaint, its handling so far and the reason it is major, as fields for a printable page and
 * as CSV. Directors and admins only, through the one access rule: a director the complaint is
 * about is refused (FORBIDDEN) — the admin reports it. The read is logged.
 *
 * @example await majorReport(ctx, { id }) // { filename: '重大投诉报告_tk_….csv', title: '重大投诉报告', fields: [...], csv }
 */
export async function majorReport(ctx: Ctx, input: { id: string }): Promise<MajorReport> {
  const actor = requireSupervisor(ctx);
  const t = await ctx.store.get<TicketDoc>('tickets', input.id);
  if (!t) throw notFound();
  assertMay(actor, partiesOf(t), 'seeContact');
  const major = t.complaint?.major;
  if (!t.complaint || !major) throw new AppError('CONFLICT', '这件事没有标记为重大投诉');
  const fields = [
    { label: '编号', value: t._id },
    { label: '收到时间', value: formatBeijing(t.createdAt) },
    { label: '投诉途径', value: CHANNELS[t.channel] },
    { label: '投诉人', value: t.contact.name ?? '（未留姓名）' },
    { label: '联系电话', value: t.contact.phone ?? '（未留电话）' },
    { label: '被投诉人', value: t.complaint.respondentName ?? '（未写明）' },
    { label: '投诉类别', value: COMPLAINT_SCOPES[t.complaint.scope] },
    { label: '投诉内容', value: t.content },
    { label: '重大投诉理由', value: major.reason },
    { label: '标记人', value: `${major.by.name}（${formatBeijing(major.at)}）` },
    { label: '首问责任人', value: t.firstResponder?.name ?? '' },
    { label: '经办人', value: t.assignee?.name ?? '' },
    { label: '办理结果', value: t.closure?.result ?? '办理中' },
  ];
  const handling = handlingLines(t);
  await ctx.store.transaction((tx) => logAccess(tx, actor, ticketSubject(t._id), ['contact.name', 'contact.phone'], 'tickets.majorReport', ctx.now));
  const csv = toCsv(['项目', '内容'], [...fields.map((f) => [f.label, f.value]), ['处理过程', handling.join('\n')]]);
  return { filename: `重大投诉报告_${t._id}.csv`, title: '重大投诉报告（报县局政工监察股）', fields, handling, csv };
}
