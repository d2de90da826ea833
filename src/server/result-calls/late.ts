import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines/clock-doc';
import { toBeijingDate } from '../../domain/beijing';
import { TICKET_TYPES } from '../../shared/tickets';
import type { TicketDoc } from '../tickets/types';
import { openResultCall } from './open';
import { ticketResultCall } from './tickets';

/** The answer clocks whose passing means the person is owed word that it runs late. */
const ANSWER_CLOCKS = ['ticket.answer', 'complaint.answer'];

/**
 * When a walk-in, phone or letter matter's answer clock passes its due time, its handler gets a
 * 「告知延期」 task at once (due now: the promise has passed), inside the scheduler's transaction
 * that marks the clock overdue — so it is opened once, even when the timer fires twice.
 *
 * @example await openLateResultCall(tx, clock, now) // the task, or null (online matter, no phone, not an answer clock)
 */
export async function openLateResultCall(tx: Tx, clock: ClockDoc, now: number) {
  if (clock.subjectType !== 'ticket' || !ANSWER_CLOCKS.includes(clock.purpose)) return null;
  const ticket = await tx.get<TicketDoc>('tickets', clock.subjectId);
  if (!ticket || ticket.status === 'closed') return null;
  const ymd = clock.dueAt === null ? null : toBeijingDate(clock.dueAt);
  const due = ymd ? `（${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日）` : '';
  const tell = `很抱歉，您的${TICKET_TYPES[ticket.type]}还没有办完，已经超过答应的办理期限${due}。我们正在抓紧办理，办好后马上告诉您；如有疑问请拨打 0791-83280001。`;
  const spec = ticketResultCall(ticket, 'late', tell, `late:${clock.dueAt}`);
  return spec ? openResultCall(tx, spec, now, { dueNow: now }) : null;
}
