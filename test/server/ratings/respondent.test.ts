import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call as callTickets, fileComplaint } from '../tickets/helpers';
import { call, data, rid, ticketSubject } from './helpers';

/**
 * Issue 9 §1: the doors of `ratings` that reached the complainant. Resident A complains online
 * about 示例·张某 (demo-staff); the director accepts and closes it; A rates it 不满意, which
 * opens the mandatory callback.
 */
let runtime: TestRuntime;
const otherStaff: PlatformIdentity = { openid: 'other-staff' };
beforeEach(async () => {
  runtime = await createTestRuntime();
  await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
});
afterEach(() => runtime.store.close());

async function closedComplaint(): Promise<string> {
  const t = await fileComplaint(runtime);
  data(await callTickets(runtime, 'accept', { id: t.id }, as.director));
  data(await callTickets(runtime, 'close', { id: t.id, result: '已核实并向投诉人致歉' }, as.director));
  return t.id;
}

async function ratedComplaint(): Promise<{ id: string; taskId: string }> {
  const id = await closedComplaint();
  const { callbackTaskId } = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', comment: '态度还是不好', requestId: rid() }, as.resident));
  return { id, taskId: callbackTaskId };
}

describe('the person complained about never reaches the complainant through ratings', () => {
  it('does not list the complaint\'s callback to them', async () => {
    const { taskId } = await ratedComplaint();
    const mine = data(await call(runtime, 'callbacks', {}, as.staff));
    expect(mine.items.map((t: any) => t.id)).not.toContain(taskId);
    expect(data(await call(runtime, 'callbacks', {}, as.director)).items.map((t: any) => t.id)).toEqual([taskId]);
  });

  it('refuses them the callback with the complainant\'s name and phone, and logs no read', async () => {
    const { taskId } = await ratedComplaint();
    const res = await call(runtime, 'callback', { taskId }, as.staff);
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您是这件投诉的被投诉人，不能经办或查看投诉人信息' } });
    expect(JSON.stringify(res)).not.toMatch(/陈大爷|13812345678/);
    expect(await runtime.store.find('accessLog', { where: { subject: `callback:${taskId}` } })).toEqual([]);
  });

  it('refuses them recording the callback of the complaint against them, and writes nothing', async () => {
    const { taskId } = await ratedComplaint();
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'recordCallback', {
      taskId, method: 'phone', reached: true, progress: '已解决', staffView: '满意', satisfiedNow: true,
    }, as.staff);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses them recording a rating for the complaint, so the complainant still rates it', async () => {
    const id = await closedComplaint();
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'satisfied', source: 'windowDevice' }, as.staff))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(runtime.store)).toEqual(before);
    const own = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', requestId: rid() }, as.resident));
    expect(own.rating).toMatchObject({ level: 'unsatisfied', source: 'miniProgram' });
  });

  it('keeps a complaint\'s callback from staff who do not handle it, and gives it to its handler', async () => {
    const { taskId } = await ratedComplaint();
    expect(data(await call(runtime, 'callbacks', {}, otherStaff)).items).toEqual([]);
    expect(await call(runtime, 'callback', { taskId }, otherStaff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const detail = data(await call(runtime, 'callback', { taskId }, as.director));
    expect(detail.contact).toEqual({ name: '陈大爷', phone: '13812345678' });
  });
});

describe('staff record ratings only where nobody can rate in the mini-program (rule 十二)', () => {
  it('refuses staff — even the handler — recording for an online resident\'s matter', async () => {
    const t = data(await callTickets(runtime, 'submit', { type: 'consultation', content: '咨询继承', requestId: rid() }, as.resident)).ticket;
    data(await callTickets(runtime, 'close', { id: t.id, result: '已答复' }, as.staff));
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'recordRating', { subject: ticketSubject(t.id), level: 'satisfied', source: 'phone' }, as.staff)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '这件事的当事人可以在小程序里自己评价，工作人员不能代为评价' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
