import { invoke } from '../../../src/server/core/invoke';
import type { Runtime } from '../../../src/server/core/define';
import { tickets } from '../../../src/server/functions/tickets';
import { appointments } from '../../../src/server/functions/appointments';
import { collections } from '../../../src/server/store/collections';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Store } from '../../../src/server/ports/store';
import { as } from '../../support/runtime';

export type Make = () => Promise<{ runtime: Runtime; cleanup: () => Promise<void> }>;

let seq = 0;
export const rid = (): string => `req-${++seq}-forms-abcd`;

export const callTickets = (runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity) =>
  invoke(tickets, { action, ...payload }, who, runtime) as Promise<any>;
export const callAppointments = (runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity) =>
  invoke(appointments, { action, ...payload }, who, runtime) as Promise<any>;

/** Every document of every collection: equal before and after proves a call wrote nothing. */
export async function snapshotOf(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(collections)) out[name] = await store.find(name, { orderBy: [['_id', 'asc']], limit: 1000 });
  return out;
}

/** The data of an ok result (else the error, to read in the failure). */
export function ok(res: any): any {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data;
}

/** Resident A asks online; the demo staff member accepts it. Answers the ticket id. */
export async function acceptedQuestion(runtime: Runtime): Promise<string> {
  const { ticket } = ok(await callTickets(runtime, 'submit', { type: 'consultation', content: '邻居占了我家的宅基地怎么办？', requestId: rid() }, as.resident));
  ok(await callTickets(runtime, 'accept', { id: ticket.id }, as.staff));
  return ticket.id;
}

/** Issue 9 §3: every staff text a resident reads is checked for 服务忌语; staff-only notes stay staff-only. */
export function describeCourtesySuite(name: string, make: Make): void {
  describe(`courteous text everywhere a resident reads it, on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ runtime, cleanup } = await make()));
    afterEach(async () => cleanup());

    const heldAndNothingWritten = async (send: () => Promise<any>, field: string, phrase: string) => {
      const before = await snapshotOf(runtime.store);
      const res = await send();
      expect(res).toMatchObject({ ok: true, data: { sent: false, warnings: expect.arrayContaining([expect.objectContaining({ phrase, field })]) } });
      expect(await snapshotOf(runtime.store)).toEqual(before);
    };

    it('holds a close result and an out-of-scope explanation with 服务忌语 until confirmed, then sends them as written', async () => {
      const id = await acceptedQuestion(runtime);
      await heldAndNothingWritten(() => callTickets(runtime, 'close', { id, result: '不知道，你找别人去吧' }, as.staff), 'result', '不知道');
      await heldAndNothingWritten(() => callTickets(runtime, 'close', {
        id, result: '已告知去向', outOfScope: { explanation: '这事不归我管', whereToGo: '县人社局劳动监察大队' },
      }, as.staff), 'outOfScope.explanation', '不归我管');
      const sent = ok(await callTickets(runtime, 'close', { id, result: '不知道，你找别人去吧', confirmed: true }, as.staff));
      expect(sent.sent).toBe(true);
      expect(sent.ticket.closure.result).toBe('不知道，你找别人去吧');
      expect(sent.ticket.timeline.at(-1)).toMatchObject({ kind: 'closed', confirmedWarnings: ['不知道', '找别人去吧'] });
    });

    it('holds a delay reason and a notice note with 服务忌语; polite ones go through at once', async () => {
      const id = await acceptedQuestion(runtime);
      await heldAndNothingWritten(() => callTickets(runtime, 'reportDelay', { id, reason: '最近没空', expectedBy: '2026-12-04' }, as.staff), 'reason', '没空');
      await heldAndNothingWritten(() => callTickets(runtime, 'issueNotice', { id, guideKey: 'guide:legal-aid', extra: '自己看去' }, as.staff), 'extra', '自己看去');
      expect(ok(await callTickets(runtime, 'reportDelay', { id, reason: '需要向县局核实', expectedBy: '2026-12-04' }, as.staff))).toMatchObject({ sent: true, notified: true });
      expect(ok(await callTickets(runtime, 'issueNotice', { id, guideKey: 'guide:legal-aid', extra: '请带上低保证' }, as.staff))).toMatchObject({ sent: true, notice: { extra: '请带上低保证' } });
    });

    it('holds a home-visit proposal or confirmation note with 服务忌语 until confirmed', async () => {
      const hv = ok(await callAppointments(runtime, 'requestHomeVisit', {
        basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2026-11-30'], description: '赡养纠纷', requestId: rid(),
      }, as.resident));
      await heldAndNothingWritten(() => callAppointments(runtime, 'proposeHomeVisit', { id: hv.id, date: '2026-12-01', time: '14:00', note: '那天没空，急什么' }, as.staff), 'note', '没空');
      await heldAndNothingWritten(() => callAppointments(runtime, 'confirmHomeVisit', { id: hv.id, date: '2026-12-01', time: '14:00', note: '下班了明天再来' }, as.staff), 'note', '下班了明天再来');
      const proposed = ok(await callAppointments(runtime, 'proposeHomeVisit', { id: hv.id, date: '2026-12-01', time: '14:00', note: '那天没空', confirmed: true }, as.staff));
      expect(proposed).toMatchObject({ status: 'proposed', homeVisit: { proposal: { note: '那天没空' } } });
    });

    it('never shows a staff-only hand-on note (「居民表示接受」) on the resident’s page', async () => {
      const id = await acceptedQuestion(runtime);
      ok(await callTickets(runtime, 'handOn', { id, toStaffId: 'staff:demo-director', note: '居民表示接受调解，请主任安排' }, as.staff));
      const mine = ok(await callTickets(runtime, 'get', { id }, as.resident));
      const handed = mine.timeline.find((e: any) => e.kind === 'handedOn');
      expect(handed.summary).toContain('转交给');
      expect(JSON.stringify(mine)).not.toContain('居民表示接受');
      const staff = ok(await callTickets(runtime, 'get', { id }, as.director));
      expect(JSON.stringify(staff)).toContain('居民表示接受');
    });

    it('keeps the staff’s record of a visit’s outcome off the resident’s list of bookings', async () => {
      const hv = ok(await callAppointments(runtime, 'book', { service: 'consultation', date: '2026-11-26', start: '14:00', requestId: rid() }, as.resident));
      const later = { ...runtime, clock: { now: () => Date.parse('2026-11-26T15:00:00+08:00') } };
      ok(await callAppointments(later, 'markAttended', { id: hv.id }, as.staff));
      ok(await callAppointments(later, 'recordOutcome', { id: hv.id, outcome: '已解答，居民表示接受', needsFollowUp: false }, as.staff));
      const { items } = ok(await callAppointments(later, 'mine', {}, as.resident));
      expect(JSON.stringify(items)).not.toContain('居民表示接受');
    });
  });
}
