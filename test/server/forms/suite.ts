import { invoke } from '../../../src/server/core/invoke';
import type { Runtime } from '../../../src/server/core/define';
import { tickets } from '../../../src/server/functions/tickets';
import { appointments } from '../../../src/server/functions/appointments';
import { collections } from '../../../src/server/store/collections';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Store } from '../../../src/server/ports/store';
import { as } from '../../support/runtime';
import { resultCalls } from '../../../src/server/functions/result-calls';
import { inbox } from '../../../src/server/functions/inbox';
import { scheduler } from '../../../src/server/functions/scheduler';
import { fixedClock } from '../../../src/server/ports/clock';

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

    it('holds an on-the-spot answer of a registration with 服务忌语 until confirmed, then registers it closed as written', async () => {
      const reg = { requestId: rid(), channel: 'phone', type: 'consultation', content: '问离婚要带什么材料', contact: { name: '李某', phone: '13812345678' }, answeredOnSpot: '不知道，你找别人去吧' };
      await heldAndNothingWritten(() => callTickets(runtime, 'register', reg, as.staff), 'answeredOnSpot', '不知道');
      const sent = ok(await callTickets(runtime, 'register', { ...reg, confirmed: true }, as.staff));
      expect(sent.sent).toBe(true);
      expect(sent.ticket).toMatchObject({ status: 'closed', closure: { result: '不知道，你找别人去吧' } });
      expect(sent.ticket.timeline.at(-1)).toMatchObject({ kind: 'closed', confirmedWarnings: ['不知道', '找别人去吧'] });
      const polite = ok(await callTickets(runtime, 'register', { ...reg, requestId: rid(), answeredOnSpot: '带身份证、户口本和结婚证到民政所' }, as.staff));
      expect(polite).toMatchObject({ sent: true, ticket: { status: 'closed' } });
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

const callResult = (runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity) =>
  invoke(resultCalls, { action, ...payload }, who, runtime) as Promise<any>;
const later = (runtime: Runtime, iso: string): Runtime => ({ ...runtime, clock: fixedClock(Date.parse(`${iso}+08:00`)) });
const inboxOf = async (runtime: Runtime, who: PlatformIdentity) => ok(await invoke(inbox, { action: 'list' }, who, runtime)).items as any[];

/** Staff register a phone call's matter (a landline, as many elders give). */
async function phoneConsultation(runtime: Runtime): Promise<string> {
  const { ticket } = ok(await callTickets(runtime, 'register', {
    requestId: rid(), channel: 'phone', type: 'consultation', content: '来电咨询遗嘱公证要带什么材料', contact: { name: '王奶奶', phone: '0791-83280002' },
  }, as.staff));
  return ticket.id;
}

const phoneVisit = (over: Record<string, unknown> = {}) => ({
  requestId: rid(), name: '王奶奶', phone: '079183280002', address: '西山镇西山村3组12号', basis: 'age70', age: 82, description: '赡养纠纷，行动不便', ...over,
});

/** Issue 9 §5: residents without the mini-program — home visits booked by phone, results told by phone. */
export function describeWithoutMiniProgramSuite(name: string, make: Make): void {
  describe(`residents without the mini-program, on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ runtime, cleanup } = await make()));
    afterEach(async () => cleanup());

    it('registers a home visit taken on the phone, with the age as told, the same answer clock and no owner in the mini-program', async () => {
      const a = ok(await callAppointments(runtime, 'registerHomeVisit', phoneVisit(), as.staff));
      expect(a).toMatchObject({
        kind: 'homeVisit', status: 'requested', channel: 'phone', booker: { name: '王奶奶', phone: '0791-83280002' },
        homeVisit: { basis: 'age70', age: 82, phone: '0791-83280002', answerDueAt: Date.parse('2026-11-27T17:00:00+08:00') },
        registeredBy: { staffId: 'staff:demo-staff' },
      });
      expect(a.openid).toBeUndefined();
      const clock = await runtime.store.get<any>('clocks', `appointment:${a.id}:homeVisit.answer`);
      expect(clock).toMatchObject({ state: 'running', responsibleStaffId: 'staff:demo-staff' });
      expect(clock.recipientOpenid).toBeUndefined();
      const pending = ok(await callAppointments(runtime, 'homeVisits', {}, as.director)).items;
      expect(pending.map((p: any) => p.id)).toContain(a.id);
      const director = await inboxOf(runtime, as.director);
      expect(director.find((e) => e.title === '新的上门服务申请')!.body).toContain('王奶奶（来电）');
    });

    it('refuses a caller under 70 by the same rule, explaining with the phone, and writes nothing; the same request again makes one visit', async () => {
      const before = await snapshotOf(runtime.store);
      expect(await callAppointments(runtime, 'registerHomeVisit', phoneVisit({ age: 66 }), as.staff)).toMatchObject({
        ok: false, error: { code: 'NOT_ELIGIBLE', field: 'age', message: expect.stringContaining('0791-83280001') },
      });
      expect(await callAppointments(runtime, 'registerHomeVisit', phoneVisit({ basis: 'severeDisability', age: undefined, disabilityLevel: 3 }), as.staff))
        .toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'disabilityLevel' } });
      expect(await snapshotOf(runtime.store)).toEqual(before);
      const payload = phoneVisit({ basis: 'severeDisability', age: undefined, disabilityLevel: 1 });
      const first = ok(await callAppointments(runtime, 'registerHomeVisit', payload, as.staff));
      const again = ok(await callAppointments(runtime, 'registerHomeVisit', payload, as.staff));
      expect(again.id).toBe(first.id);
      expect(await callAppointments(runtime, 'registerHomeVisit', phoneVisit(), as.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('confirming a phone visit gives the one who answered a 「告知上门时间」 task with the number; unreachable keeps it open, told closes it', async () => {
      const a = ok(await callAppointments(runtime, 'registerHomeVisit', phoneVisit(), as.staff));
      ok(await callAppointments(runtime, 'confirmHomeVisit', { id: a.id, date: '2026-11-30', time: '10:00' }, as.director));
      expect(await runtime.store.get<any>('clocks', `appointment:${a.id}:homeVisit.answer`)).toMatchObject({ state: 'stopped' });
      const [task] = ok(await callResult(runtime, 'mine', {}, as.director)).items;
      expect(task).toMatchObject({ occasion: 'visitTime', status: 'open', contact: { name: '王奶奶', phone: '0791-83280002' }, tell: expect.stringContaining('11月30日') });
      const entry = (await inboxOf(runtime, as.director)).find((e) => e.id === `${task.id}:task`);
      expect(entry).toMatchObject({ phone: '0791-83280002', title: '告知上门时间：王奶奶（来电）', dueAt: expect.any(Number) });

      const missed = ok(await callResult(runtime, 'record', { id: task.id, reached: false, note: '无人接听' }, as.director)).task;
      expect(missed).toMatchObject({ status: 'open', attempts: [{ reached: false, note: '无人接听' }] });
      const told = ok(await callResult(runtime, 'record', { id: task.id, reached: true }, as.director)).task;
      expect(told).toMatchObject({ status: 'done', doneAt: expect.any(Number) });
      expect((await inboxOf(runtime, as.director)).find((e) => e.id === `${task.id}:task`)).toMatchObject({ read: true, dueAt: null, title: '已告知：王奶奶（来电）' });
      expect(await callResult(runtime, 'record', { id: task.id, reached: true }, as.director)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    });

    it('a phone matter closed: its handler gets a 「告知结果」 task with the result and the number, in 我的待办; an online one gets none', async () => {
      const id = await phoneConsultation(runtime);
      ok(await callTickets(runtime, 'close', { id, result: '遗嘱公证请带身份证、户口本和房产证到县公证处' }, as.staff));
      const [task] = ok(await callResult(runtime, 'mine', {}, as.staff)).items;
      expect(task).toMatchObject({ occasion: 'closed', title: '告知结果：法律咨询（来电）', tell: '遗嘱公证请带身份证、户口本和房产证到县公证处', contact: { phone: '0791-83280002' } });
      const todo = (await inboxOf(runtime, as.staff)).find((e) => e.id === `${task.id}:task`);
      expect(todo).toMatchObject({ phone: '0791-83280002', body: expect.stringContaining('王奶奶（0791-83280002）') });
      // retried close: nothing twice
      expect(await callTickets(runtime, 'close', { id, result: '再次' }, as.staff)).toMatchObject({ ok: false });
      expect(ok(await callResult(runtime, 'mine', {}, as.staff)).items).toHaveLength(1);

      const online = await acceptedQuestion(runtime);
      ok(await callTickets(runtime, 'close', { id: online, result: '已答复' }, as.staff));
      expect(ok(await callResult(runtime, 'mine', {}, as.staff)).items).toHaveLength(1);
    });

    it('a phone matter running late: a recorded delay and, once, the passed answer clock each give a 「告知延期」 task', async () => {
      const id = await phoneConsultation(runtime);
      const d = ok(await callTickets(runtime, 'reportDelay', { id, reason: '需要向县公证处核实', expectedBy: '2026-12-08' }, as.staff));
      expect(d).toMatchObject({ sent: true, notified: false });
      let items = ok(await callResult(runtime, 'mine', {}, as.staff)).items;
      expect(items).toEqual([expect.objectContaining({ occasion: 'delay', tell: expect.stringContaining('需要向县公证处核实') })]);

      const overdue = later(runtime, '2026-12-03T17:10:00');
      ok(await invoke(scheduler, { action: 'tick' }, as.timer, overdue));
      ok(await invoke(scheduler, { action: 'tick' }, as.timer, later(runtime, '2026-12-03T17:20:00')));
      items = ok(await callResult(overdue, 'mine', {}, as.staff)).items;
      const late = items.filter((t: any) => t.occasion === 'late');
      expect(late).toHaveLength(1);
      expect(late[0]).toMatchObject({ overdue: true, // due at once: the promise has passed
        tell: expect.stringContaining('已经超过答应的办理期限（12月3日）') });
    });

    it('only the matter’s handler (or the directors) record a call; the person complained about never gets the task', async () => {
      const id = await phoneConsultation(runtime);
      ok(await callTickets(runtime, 'close', { id, result: '已查明' }, as.staff));
      const [task] = ok(await callResult(runtime, 'mine', {}, as.staff)).items;
      await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
      const before = await snapshotOf(runtime.store);
      expect(await callResult(runtime, 'record', { id: task.id, reached: true }, { openid: 'other-staff' })).toMatchObject({ ok: false });
      expect(await snapshotOf(runtime.store)).toEqual(before);
      expect(await callResult(runtime, 'mine', {}, as.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });
}

/** Issue 9 §6: cancel and reschedule write their own messages; an earlier 「预约成功」 tells what became of it. */
export function describeBookingMessagesSuite(name: string, make: Make): void {
  describe(`booking messages that stay true, on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ runtime, cleanup } = await make()));
    afterEach(async () => cleanup());
    const book = async (start = '09:00') => ok(await callAppointments(runtime, 'book', { service: 'consultation', date: '2026-12-01', start, requestId: rid() }, as.resident));

    it('a cancel writes 「预约已取消」, and the earlier 「预约成功」 now says the booking is cancelled', async () => {
      const a = await book();
      ok(await callAppointments(runtime, 'cancel', { id: a.id, reason: '临时有事' }, as.resident));
      const items = await inboxOf(runtime, as.resident);
      const cancelled = items.find((i) => i.title === '预约已取消');
      expect(cancelled.body).toBe('您12月1日（周二） 09:00–09:30 的预约已取消（临时有事）。需要时可以重新预约，或拨打 0791-83280001。');
      expect(items.find((i) => i.title === '预约成功')).toMatchObject({ current: '此预约已取消' });
      expect(cancelled.current).toBeUndefined();
    });

    it('a reschedule writes 「预约已改期」 from the old to the new time, not a second 「预约成功」, and the first one says where it went', async () => {
      const a = await book();
      ok(await callAppointments(runtime, 'reschedule', { id: a.id, date: '2026-12-02', start: '14:00', requestId: rid() }, as.resident));
      const items = await inboxOf(runtime, as.resident);
      expect(items.filter((i) => i.title === '预约成功')).toHaveLength(1);
      const moved = items.find((i) => i.title === '预约已改期');
      expect(moved.body).toContain('从 12月1日（周二） 09:00–09:30 改到 12月2日（周三） 14:00–14:30');
      expect(moved.current).toBeUndefined();
      expect(items.find((i) => i.title === '预约成功')).toMatchObject({ current: '已改到 12月2日（周三） 14:00' });
    });

    it('a booking that still stands carries no note', async () => {
      await book('10:00');
      const items = await inboxOf(runtime, as.resident);
      expect(items.find((i) => i.title === '预约成功').current).toBeUndefined();
    });
  });
}
