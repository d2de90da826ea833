import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { MAX_PAGE, type Store } from '../ports/store';
import { addCalendarDays, beijingInstant, daysBetween } from '../../domain/beijing';
import { hasRole } from '../core/access';
import { contactFor, mayActor } from '../core/matter-access';
import type { Actor } from '../ports/identity';
import { toCsv } from '../../domain/tickets/csv';
import { formatBeijing } from '../notify/format';
import { CHANNELS, COMPLAINT_SCOPES, transferredFromWords, type ComplaintBookRow } from '../../shared/tickets';
import { asStaff, partiesOf, type StaffActor } from './caller';
import { logAccess } from './get';
import type { TicketDoc } from './types';

/**
 * Directors and admins only open the book (it holds every complainant's data); what each row
 * shows them is still the one access rule's (see {@link bookRow}).
 */
export function requireSupervisor(ctx: Ctx): StaffActor {
  const actor = asStaff(ctx.actor);
  if (!hasRole(actor, 'director') && !hasRole(actor, 'admin')) throw new AppError('FORBIDDEN', '投诉记录本只有工作站主任和平台管理人员可以查看');
  return actor;
}

/** One line per handling step: 「2026年11月26日 10:00 示例·张某 受理：…」. */
export function handlingLines(t: TicketDoc): string[] {
  return t.timeline.map((e) => `${formatBeijing(e.at)} ${e.summary}${e.text ? `：${e.text}` : ''}`);
}

/**
 * A complaint as a line of the book, for `reader` through the one access rule: a reader who may
 * not see the complaint (the director it is about) gets the row with the complainant, the
 * content, the handling, the result and the reply withheld, marked `withheld: 'respondent'`.
 *
 * @example bookRow(t, director).complainantName // '陈大爷', or '' when the complaint is about this director
 */
export function bookRow(t: TicketDoc, reader: Actor): ComplaintBookRow {
  const parties = partiesOf(t);
  const contact = contactFor(reader, parties, t.contact);
  const row = fullRow(t, contact);
  if (mayActor(reader, parties, 'see')) return row;
  return { ...row, complainantName: '', complainantPhone: '', content: '', handling: [], result: '', transferReply: '', withheld: 'respondent' };
}

function fullRow(t: TicketDoc, contact: { name?: string; phone?: string }): ComplaintBookRow {
  return {
    id: t._id, receivedAt: t.createdAt, channel: t.channel, complainantName: contact.name ?? '', complainantPhone: contact.phone ?? '',
    respondentName: t.complaint?.respondentName ?? '', scope: t.complaint?.scope ?? 'otherViolation', content: t.content,
    transferredFrom: t.transferredFrom ? transferredFromWords(t.transferredFrom) : '',
    firstResponder: t.firstResponder?.name ?? '', assignee: t.assignee?.name ?? '', acceptedAt: t.acceptedAt,
    dueAt: t.status === 'closed' ? null : t.dueAt, handling: handlingLines(t), result: t.closure?.result ?? '', closedAt: t.closedAt,
    onTime: t.closure ? t.closure.onTime : null, major: Boolean(t.complaint?.major), transferReply: t.transferReply ? `${t.transferReply.text}${t.transferReply.onTime === false ? '（超过回复期限）' : ''}` : '',
  };
}

/**
 * Every complaint created in [start, end), oldest first, a page of {@link MAX_PAGE} at a time by
 * the `(type, createdAt)` index. Tickets sharing the instant at a page's end (a mailbox batch is
 * registered at one instant) are read by id so none is skipped.
 */
export async function complaintsBetween(store: Store, start: number, end: number): Promise<TicketDoc[]> {
  const out: TicketDoc[] = [];
  let after = start - 1;
  for (;;) {
    const page = await store.find<TicketDoc>('tickets', {
      where: { type: 'complaint', createdAt: { $gt: after, $lt: end } }, orderBy: [['createdAt', 'asc'], ['_id', 'asc']], limit: MAX_PAGE,
    });
    if (page.length < MAX_PAGE) return [...out, ...page];
    const lastAt = page[page.length - 1].createdAt;
    out.push(...page.filter((t) => t.createdAt < lastAt));
    for (let idAfter = ''; ;) {
      const ties = await store.find<TicketDoc>('tickets', {
        where: { type: 'complaint', createdAt: lastAt, _id: { $gt: idAfter } }, orderBy: [['_id', 'asc']], limit: MAX_PAGE,
      });
      out.push(...ties);
      if (ties.length < MAX_PAGE) break;
      idAfter = ties[ties.length - 1]._id;
    }
    after = lastAt;
  }
}

/** Checks a range (from ≤ to, at most 366 days). */
function checkRange(from: string, to: string): void {
  if (to < from) throw new AppError('VALIDATION', '「结束日期」不能早于开始日期', 'to');
  if (daysBetween(from, to) > 366) throw new AppError('VALIDATION', '一次最多查询一年（366 天）', 'to');
}

/**
 * Every complaint received between `from` and `to` (Beijing days, inclusive), oldest first, by
 * the `(type, createdAt)` index. Reading it is logged in the access log.
 *
 * @example await complaintBook(ctx, { from: '2026-11-01', to: '2026-11-30' }) // { from, to, rows: [...] }
 */
export async function complaintBook(ctx: Ctx, input: { from: string; to: string }): Promise<{ from: string; to: string; rows: ComplaintBookRow[] }> {
  const actor = requireSupervisor(ctx);
  checkRange(input.from, input.to);
  const start = beijingInstant(input.from, '00:00');
  const end = beijingInstant(addCalendarDays(input.to, 1), '00:00');
  const docs = await complaintsBetween(ctx.store, start, end);
  const rows = docs.map((t) => bookRow(t, actor));
  await ctx.store.transaction((tx) => logAccess(tx, actor, `complaintBook:${input.from}..${input.to}`, ['contact.name', 'contact.phone'], 'tickets.complaintBook', ctx.now));
  return { from: input.from, to: input.to, rows };
}

const at = (ms: number | null) => (ms === null ? '' : formatBeijing(ms));

/** What a withheld row says where its content would be. */
export const WITHHELD_TEXT = '（本条投诉涉及您本人，依制度八（五）2 回避，由平台管理人员查阅）';

/** The book's columns, as printed. */
export const BOOK_HEADER = ['编号', '收到时间', '投诉途径', '投诉人', '联系电话', '被投诉人', '投诉类别', '投诉内容', '转来部门', '首问责任人', '经办人', '受理时间', '答复期限', '处理过程', '处理结果', '办结时间', '是否按期', '重大投诉', '回复转来部门'];

/**
 * The book as CSV (UTF-8 with BOM, for Excel) named 投诉记录本_<from>_<to>.csv.
 * @example await complaintBookCsv(ctx, { from: '2026-11-01', to: '2026-11-30' }) // { filename: '投诉记录本_2026-11-01_2026-11-30.csv', csv: '\uFEFF编号,…' }
 */
export async function complaintBookCsv(ctx: Ctx, input: { from: string; to: string }): Promise<{ filename: string; csv: string }> {
  const { rows } = await complaintBook(ctx, input);
  const lines = rows.map((r) => [
    r.id, at(r.receivedAt), CHANNELS[r.channel], r.complainantName, r.complainantPhone, r.respondentName, COMPLAINT_SCOPES[r.scope],
    r.withheld ? WITHHELD_TEXT : r.content,
    r.transferredFrom, r.firstResponder, r.assignee, at(r.acceptedAt), at(r.dueAt), r.handling.join('\n'), r.result, at(r.closedAt),
    r.onTime === null ? '办理中' : r.onTime ? '是' : '否', r.major ? '是' : '否', r.transferReply,
  ]);
  return { filename: `投诉记录本_${input.from}_${input.to}.csv`, csv: toCsv(BOOK_HEADER, lines) };
}
