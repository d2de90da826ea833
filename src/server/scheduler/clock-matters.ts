import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines/clock-doc';
import { TICKET_TYPES } from '../../shared/tickets';
import { SERVICE_LABELS } from '../../shared/appointments';
import type { TicketDoc } from '../tickets/types';
import type { AppointmentDoc } from '../appointments/docs';
import { preview } from '../tickets/views';
import { partiesOf } from '../tickets/caller';
import type { MatterParties } from '../../domain/access/matter';
import type { CallbackTaskDoc } from '../ratings/docs';
import { partiesOfItem } from '../ratings/parties';
import type { LegalAidDoc } from '../legal-aid/types';
import { partiesOf as partiesOfLegalAid } from '../legal-aid/parties';
import type { ReferralDoc } from '../referrals/types';
import { matterOfReferral, partiesOfReferral } from '../referrals/parties';

/** How a deadline message names its matter: 编号, a title, and (tickets) the real first responder. */
export interface MatterLabel {
  /** 编号: the record's id, as the complaint book and the staff pages show it. */
  number: string;
  /** 投诉「窗口的人说不知道…」, 上门服务申请（为王奶奶预约）. */
  title: string;
  /**
   * 首问责任人 (rule 二(一)): who first received the matter — kept when it is handed on; null
   * while an online ticket waits for acceptance. Absent for matters that have none.
   */
  firstResponder?: string | null;
  /** Who stands how to it (the one access rule): its messages never reach the person a complaint is about. */
  parties?: MatterParties;
}

type Describe = (tx: Tx, clock: ClockDoc) => Promise<MatterLabel | null>;

const describeTicket: Describe = async (tx, clock) => {
  const t = await tx.get<TicketDoc>('tickets', clock.subjectId);
  if (!t) return null;
  return { number: t._id, title: `${TICKET_TYPES[t.type]}「${preview(t.content, 16)}」`, firstResponder: t.firstResponder?.name ?? null, parties: partiesOf(t) };
};

const describeAppointment: Describe = async (tx, clock) => {
  const a = await tx.get<AppointmentDoc>('appointments', clock.subjectId);
  if (!a) return null;
  const what = a.kind === 'homeVisit' ? '上门服务申请' : `${SERVICE_LABELS[a.service as keyof typeof SERVICE_LABELS] ?? ''}预约`;
  return { number: a._id, title: `${what}${a.forWhom ? `（为${a.forWhom.name}预约）` : ''}` };
};

const describeCallback: Describe = async (tx, clock) => {
  const task = await tx.get<CallbackTaskDoc>('callbackTasks', clock.subjectId);
  if (!task) return null;
  return { number: clock.subjectId, title: clock.title, parties: await partiesOfItem(tx, task) };
};

const describeLegalAid: Describe = async (tx, clock) => {
  const d = await tx.get<LegalAidDoc>('legalAidApplications', clock.subjectId);
  if (!d) return null;
  return { number: d._id, title: `法律援助申请（${d.greenChannel ? '绿色通道，' : ''}${d.applicant.name}）`, firstResponder: d.firstResponder?.name ?? null, parties: partiesOfLegalAid(d) };
};

const describeReferral: Describe = async (tx, clock) => {
  const r = await tx.get<ReferralDoc>('referrals', clock.subjectId);
  if (!r) return null;
  return { number: r._id, title: `${clock.title}「${preview(r.content, 16)}」`, parties: partiesOfReferral(r, await matterOfReferral(tx, r)) };
};

/** issue 14: a report's clock names its period (编号 2026-10) and what is to be sent. */
const describeReport: Describe = async (_tx, clock) => {
  const [kind, period] = clock.subjectId.split(':');
  return { number: period, title: kind === 'quarterly' ? '季度分析报告' : '月度统计汇总' };
};

/** Describers by subject type; other subjects are named by their id and the clock's title. */
const DESCRIBERS: Record<string, Describe> = { ticket: describeTicket, appointment: describeAppointment, callback: describeCallback, legalAid: describeLegalAid, referral: describeReferral, report: describeReport }; // legalAid: issue 11; report: issue 14

/**
 * The matter a clock belongs to, read in the clock's transaction, for its warning and overdue
 * messages (issue 9 §4: name the matter and the real first responder).
 * @example await matterOf(tx, clock) // { number: 'tk_…', title: '投诉「窗口的人说不知道…」', firstResponder: '示例·李某' }
 */
export async function matterOf(tx: Tx, clock: ClockDoc): Promise<MatterLabel> {
  const described = await DESCRIBERS[clock.subjectType]?.(tx, clock);
  return described ?? { number: clock.subjectId, title: clock.title };
}
