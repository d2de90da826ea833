import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import { reports } from '../../../src/server/functions/reports';
import { admin } from '../../../src/server/functions/admin';
import type { Runtime } from '../../../src/server/core/define';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { fixedClock } from '../../../src/server/ports/clock';
import { runClockPass } from '../../../src/server/scheduler/clock-pass';
import { as } from '../../support/runtime';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

const bj = (s: string) => Date.parse(`${s}+08:00`);
let seq = 0;
const rid = () => `tr-${++seq}-abcdefgh`;

function call(runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity) {
  return invoke(tickets, { action, ...payload }, who, runtime);
}
function data<T = any>(res: { ok: boolean; data?: unknown; error?: unknown }): T {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data as T;
}
/** What a refused registration could have written. */
async function written(runtime: Runtime) {
  const out: Record<string, unknown[]> = {};
  for (const c of ['tickets', 'clocks', 'audit', 'outbox']) out[c] = await runtime.store.find(c, { orderBy: [['_id', 'asc']], limit: 1000 });
  return out;
}

/** A complaint the county bureau transferred in on Thu 2026-11-26, to be answered back by `dueDate`. */
const transferred = (dueDate: string | undefined, extra: Record<string, unknown> = {}) => ({
  requestId: rid(), channel: 'transferred', type: 'complaint', content: '县局转来：反映窗口收取咨询费',
  contact: { name: '赵某', phone: '13700002222' }, complaint: { scope: 'fees' },
  transferredFrom: { department: '新建区司法局', reference: '新司转〔2026〕12号', ...(dueDate ? { dueDate } : {}) }, ...extra,
});

/**
 * Rule 八(五)6 on one store: a complaint transferred in from another department carries that
 * department's reply deadline as a clock on the ticket; the reply stops it; unreplied, the
 * scheduler escalates it to the director.
 */
export function describeTransferredIn(name: string, make: Make): void {
  describe(`transferred-in complaints (rule 八(五)6) on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      ({ runtime, cleanup } = await make());
    });
    afterEach(() => cleanup());

    const register = async (dueDate: string) => data(await call(runtime, 'register', transferred(dueDate), as.staff)).ticket;

    it('runs the department\'s deadline as a clock on the ticket: a Saturday moves to Monday 17:00, the registering staff member responsible', async () => {
      const t = await register('2026-11-28');
      const clock = await runtime.store.get<any>('clocks', `ticket:${t.id}:transfer.reply`);
      expect(clock).toMatchObject({ state: 'running', dueAt: bj('2026-11-30T17:00:00'), responsibleStaffId: 'staff:demo-staff', title: '回复转来部门' });
      expect(clock.recipientOpenid).toBeUndefined();
      expect(t.transferredFrom).toEqual({ department: '新建区司法局', reference: '新司转〔2026〕12号', dueDate: '2026-11-28', dueAt: bj('2026-11-30T17:00:00'), overdue: false });
      expect(t.clock.purpose).toBe('complaint.answer'); // the complainant's own 5 working days run beside it
    });

    it.each([
      ['without a reply deadline', undefined, '「回复期限」不能为空：请填写转来部门要求回复的日期'],
      ['with a reply deadline in the past', '2026-11-25', '「回复期限」不能早于今天'],
      ['with a day that does not exist', '2026-11-31', '「回复期限」不是有效的日期（格式：2026-12-08）'],
    ])('refuses a transferred matter %s, naming 「回复期限」, and writes nothing', async (_what, dueDate, message) => {
      const before = await written(runtime);
      const res = await call(runtime, 'register', transferred(dueDate), as.staff);
      expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'transferredFrom.dueDate', message } });
      expect(await written(runtime)).toEqual(before);
    });

    it('an unreplied deadline is warned the working day before and escalated to the director by the scheduler, once', async () => {
      const t = await register('2026-11-28');
      expect((await runClockPass(runtime.store, bj('2026-11-27T17:00:00'))).warned).toBe(1);
      const pass = await runClockPass(runtime.store, bj('2026-11-30T17:00:00'));
      expect(pass.overdue).toBe(1);
      const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
      const overdue = outbox.filter((m) => m._id.includes(`ticket:${t.id}:transfer.reply:overdue`));
      expect(overdue.map((m) => m.recipient.staffId).sort()).toEqual(['staff:demo-director', 'staff:demo-staff']);
      expect(overdue.find((m) => m.recipient.staffId === 'staff:demo-director').body).toContain('回复转来部门');
      expect(overdue.some((m) => m.recipient.openid)).toBe(false); // the promise is to the department, not the complainant
      expect((await runClockPass(runtime.store, bj('2026-11-30T17:05:00'))).overdue).toBe(0);
      const audit = await runtime.store.find<any>('audit', { where: { subject: `ticket:${t.id}` }, limit: 50 });
      expect(audit.filter((a) => a.action === 'escalate' && a.purpose === 'transfer.reply')).toHaveLength(1);
      const later = { ...runtime, clock: fixedClock(bj('2026-11-30T17:10:00')) };
      const view = data(await call(later, 'get', { id: t.id }, as.staff));
      expect(view.transferredFrom.overdue).toBe(true);
    });

    it('the reply stops the clock — kept on time, the scheduler has nothing left to escalate; the daily register says it went back', async () => {
      const t = await register('2026-12-08');
      const { ticket } = data(await call(runtime, 'recordTransferReply', { id: t.id, replyText: '经调查核实，窗口未收取费用，已答复投诉人。', requestId: rid() }, as.staff));
      expect(ticket.transferReply).toMatchObject({ text: '经调查核实，窗口未收取费用，已答复投诉人。', at: runtime.clock.now(), by: { name: '示例·张某' }, onTime: true });
      expect(ticket.transferredFrom.overdue).toBe(false);
      expect(await runtime.store.get<any>('clocks', `ticket:${t.id}:transfer.reply`)).toMatchObject({ state: 'stopped', stopReason: '已回复转来部门' });
      expect(ticket.clock.purpose).toBe('complaint.answer'); // the complaint is still being handled
      const pass = await runClockPass(runtime.store, bj('2026-12-08T17:00:00'));
      const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
      expect(outbox.some((m) => m._id.includes('transfer.reply'))).toBe(false);
      expect(pass.failed).toBe(0);
      const { rows } = data(await invoke(reports, { action: 'dailyRegister', date: '2026-11-26' }, as.staff, runtime));
      expect(rows.find((r: any) => r.id === t.id).channel).toBe('其他部门转来：新建区司法局（新司转〔2026〕12号），12月8日前回复（已回复）');
    });

    it('a reply after the deadline is recorded as late, on the ticket and in the daily register', async () => {
      const t = await register('2026-11-28');
      const pending = data(await invoke(reports, { action: 'dailyRegister', date: '2026-11-26' }, as.staff, runtime)).rows.find((r: any) => r.id === t.id);
      expect(pending.channel).toBe('其他部门转来：新建区司法局（新司转〔2026〕12号），11月28日前回复（待回复）');
      const late = { ...runtime, clock: fixedClock(bj('2026-12-01T09:30:00')) };
      const { ticket } = data(await call(late, 'recordTransferReply', { id: t.id, replyText: '已核实处理。' }, as.staff));
      expect(ticket.transferReply.onTime).toBe(false);
      const again = data(await call(late, 'recordTransferReply', { id: t.id, replyText: '补充：已向投诉人致歉。' }, as.staff)).ticket;
      expect(again.transferReply).toMatchObject({ text: '补充：已向投诉人致歉。', onTime: false });
      const row = data(await invoke(reports, { action: 'dailyRegister', date: '2026-11-26' }, as.staff, late)).rows.find((r: any) => r.id === t.id);
      expect(row.channel).toContain('（已回复，超期）');
    });

    it('a day the admin closes moves the reply deadline on the clock and on the ticket (第203条)', async () => {
      const t = await register('2026-11-28');
      expect((await invoke(admin, { action: 'setCalendarOverride', date: '2026-11-30', working: false, note: '镇政府停电，暂停办公' }, as.admin, runtime)).ok).toBe(true);
      expect(await runtime.store.get<any>('clocks', `ticket:${t.id}:transfer.reply`)).toMatchObject({ dueAt: bj('2026-12-01T17:00:00') });
      expect(data(await call(runtime, 'get', { id: t.id }, as.staff)).transferredFrom.dueAt).toBe(bj('2026-12-01T17:00:00'));
      expect((await runClockPass(runtime.store, bj('2026-11-30T17:00:00'))).overdue).toBe(0);
    });

    it('handing the ticket on moves the deadline\'s warnings to the new handler', async () => {
      const t = await register('2026-12-08');
      data(await call(runtime, 'handOn', { id: t.id, toStaffId: 'staff:demo-director', note: '请主任牵头核实' }, as.staff));
      expect(await runtime.store.get<any>('clocks', `ticket:${t.id}:transfer.reply`)).toMatchObject({ responsibleStaffId: 'staff:demo-director' });
    });
  });
}
