import { MAX_PAGE, type Doc, type Store } from '../ports/store';
import type { Ctx } from '../core/define';
import type { Actor } from '../ports/identity';
import { contactFor, mayActor } from '../core/matter-access';
import type { MatterParties } from '../../domain/access/matter';
import { maskPhone } from '../../domain/tickets/mask';
import { beijingMinuteOfDay } from '../../domain/beijing';
import { dayRange, type PeriodRange } from '../../domain/reports/period';
import { CHANNELS, TICKET_STATUSES, TICKET_TYPES, transferredFromWords } from '../../shared/tickets';
import { LEGAL_AID_CHANNELS, LEGAL_AID_STATUSES } from '../../shared/legal-aid';
import { STATUS_LABELS } from '../../shared/appointments';
import type { DailyRegister, RegisterRow } from '../../shared/reports';
import { partiesOf } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import type { LegalAidDoc } from '../legal-aid/types';
import type { AppointmentDoc } from '../appointments/docs';

/**
 * The 来访来电登记表 of one Beijing day: every ticket (each channel), legal-aid application,
 * booking and home-visit request registered that day, oldest first, with who received it and
 * the outcome so far. Phones are masked; the person complained about sees no complainant.
 */

/** Every document of `collection` with `field` in `range`, page by page (index on `field`). */
async function allWithin<T extends Doc>(store: Store, collection: string, field: string, range: PeriodRange): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await store.find<T>(collection, { where: { [field]: { $gte: range.startMs, $lt: range.endMs } }, orderBy: [[field, 'asc'], ['_id', 'asc']], limit: MAX_PAGE, offset });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

/** 'HH:mm' Beijing. @example hm(Date.parse('2026-11-26T09:05:00+08:00')) // '09:05' */
export function hm(ms: number): string {
  const m = beijingMinuteOfDay(ms);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The person as this caller may see them in a register: name per the access rule, phone always masked. */
function person(actor: Actor, parties: MatterParties, contact: { name?: string; phone?: string }): { name: string; phone: string } {
  if (!mayActor(actor, parties, 'see')) return { name: '（不予显示）', phone: '' };
  const c = contactFor(actor, parties, contact);
  return { name: c.name ?? '', phone: c.phone && contact.phone ? maskPhone(contact.phone) : '' };
}

const cut = (s: string | undefined) => (s ?? '').slice(0, 60);

/**
 * 方式 of a ticket: the channel's words; a transferred-in matter also names the sending
 * department and its reply deadline, and whether the reply went back (rule 八(五)6).
 * @example channelWords(t) // '其他部门转来：新建区司法局，12月8日前回复（已回复）'
 */
export function channelWords(t: Pick<TicketDoc, 'channel' | 'transferredFrom' | 'transferReply'>): string {
  const words = CHANNELS[t.channel] ?? t.channel;
  if (!t.transferredFrom) return words;
  const replied = t.transferReply ? (t.transferReply.onTime === false ? '（已回复，超期）' : '（已回复）') : t.transferredFrom.dueDate ? '（待回复）' : '';
  return `${words}：${transferredFromWords(t.transferredFrom)}${replied}`;
}

/**
 * One ticket as a register row. A complaint's words and result often name the complainant, so
 * whoever may not see the complainant (the person complained about) gets neither.
 */
export function ticketRow(actor: Actor, t: TicketDoc): RegisterRow {
  const parties = partiesOf(t);
  const open = mayActor(actor, parties, 'see') && (!parties.restricted || mayActor(actor, parties, 'seeContact'));
  const result = t.closure ? cut(t.closure.outOfScope ? `非本站职能，${t.closure.outOfScope.whereToGo}` : t.closure.result) : '';
  return {
    kind: 'ticket', id: t._id, time: hm(t.createdAt), category: TICKET_TYPES[t.type] ?? t.type, channel: channelWords(t),
    ...(open ? person(actor, parties, t.contact) : { name: '（不予显示）', phone: '' }),
    summary: open ? cut(t.content) : '（涉及本人的投诉，不予显示）',
    receivedBy: t.firstResponder?.name ?? '（待受理）',
    outcome: t.closure ? (open ? `${TICKET_STATUSES.closed}：${result}` : TICKET_STATUSES.closed) : TICKET_STATUSES[t.status],
  };
}

function legalAidRow(actor: Actor, a: LegalAidDoc): RegisterRow {
  const parties: MatterParties = { ownerOpenid: a.ownerOpenid, handlerIds: a.handlerIds ?? [], respondentStaffId: null, unitIds: [], restricted: false };
  return {
    kind: 'legalAid', id: a._id, time: hm(a.receivedAt), category: a.greenChannel ? '法律援助申请（绿色通道）' : '法律援助申请', channel: LEGAL_AID_CHANNELS[a.channel] ?? a.channel,
    ...person(actor, parties, { name: a.applicant?.name, phone: a.applicant?.phone }),
    summary: cut(a.matter?.summary), receivedBy: a.firstResponder?.name ?? '（待受理）', outcome: LEGAL_AID_STATUSES[a.status] ?? a.status,
  };
}

function appointmentRow(actor: Actor, a: AppointmentDoc): RegisterRow {
  const parties: MatterParties = { ownerOpenid: a.openid, handlerIds: [a.staffId, a.registeredBy?.staffId].filter((x): x is string => !!x), respondentStaffId: null, unitIds: [], restricted: false };
  const contact = a.forWhom ? { name: a.forWhom.name, phone: a.forWhom.phone } : { name: a.booker?.name, phone: a.booker?.phone };
  const home = a.kind === 'homeVisit';
  return {
    kind: home ? 'homeVisit' : 'booking', id: a._id, time: hm(a.createdAt), category: home ? '上门服务申请' : '预约办事', channel: a.channel === 'phone' ? '来电' : '线上',
    ...person(actor, parties, contact),
    summary: cut(home ? a.homeVisit?.address : `${a.date ?? ''} ${a.start ?? ''} ${a.note ?? ''}`.trim()),
    receivedBy: a.registeredBy?.name ?? '（线上预约）', outcome: STATUS_LABELS[a.status] ?? a.status,
  };
}

/**
 * @example const { rows } = await dailyRegister(ctx, { date: '2026-11-26' }); rows[0].receivedBy // '示例·张某'
 */
export async function dailyRegister(ctx: Ctx, input: { date: string }): Promise<DailyRegister> {
  const range = dayRange(input.date);
  const [tickets, aid, appts] = await Promise.all([
    allWithin<TicketDoc>(ctx.store, 'tickets', 'createdAt', range),
    allWithin<LegalAidDoc>(ctx.store, 'legalAidApplications', 'receivedAt', range),
    allWithin<AppointmentDoc>(ctx.store, 'appointments', 'createdAt', range),
  ]);
  const rows = [
    ...tickets.map((t) => ({ at: t.createdAt, row: ticketRow(ctx.actor, t) })),
    ...aid.map((a) => ({ at: a.receivedAt, row: legalAidRow(ctx.actor, a) })),
    ...appts.map((a) => ({ at: a.createdAt, row: appointmentRow(ctx.actor, a) })),
  ].sort((x, y) => x.at - y.at || x.row.id.localeCompare(y.row.id));
  return { date: input.date, rows: rows.map((r) => r.row) };
}
