import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines/clock-doc';
import { TICKET_TYPES } from '../../shared/tickets';
import { SERVICE_LABELS } from '../../shared/appointments';
import type { TicketDoc } from '../tickets/types';
import type { AppointmentDoc } from '../appointments/docs';
import { preview } from '../tickets/views';

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
}

type Describe = (tx: Tx, clock: ClockDoc) => Promise<MatterLabel | null>;

const describeTicket: Describe = async (tx, clock) => {
  const t = await tx.get<TicketDoc>('tickets', clock.subjectId);
  if (!t) return null;
  return { number: t._id, title: `${TICKET_TYPES[t.type]}「${preview(t.content, 16)}」`, firstResponder: t.firstResponder?.name ?? null };
};

const describeAppointment: Describe = async (tx, clock) => {
  const a = await tx.get<AppointmentDoc>('appointments', clock.subjectId);
  if (!a) return null;
  const what = a.kind === 'homeVisit' ? '上门服务申请' : `${SERVICE_LABELS[a.service as keyof typeof SERVICE_LABELS] ?? ''}预约`;
  return { number: a._id, title: `${what}${a.forWhom ? `（为${a.forWhom.name}预约）` : ''}` };
};

/** Describers by subject type; other subjects are named by their id and the clock's title. */
const DESCRIBERS: Record<string, Describe> = { ticket: describeTicket, appointment: describeAppointment };

/**
 * The matter a clock belongs to, read in the clock's transaction, for its warning and overdue
 * messages (issue 9 §4: name the matter and the real first responder).
 * @example await matterOf(tx, clock) // { number: 'tk_…', title: '投诉「窗口的人说不知道…」', firstResponder: '示例·李某' }
 */
export async function matterOf(tx: Tx, clock: ClockDoc): Promise<MatterLabel> {
  const described = await DESCRIBERS[clock.subjectType]?.(tx, clock);
  return described ?? { number: clock.subjectId, title: clock.title };
}
