import { dispatchOutbox } from '../../../src/server/outbox';
import { createTestRuntime, type TestRuntime } from '../../support/runtime';
import { as, beijing, booking, call } from './harness';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
  runtime.templates = { appointmentReminder: 'T-REMIND' };
  await runtime.store.put('subscribeConsents', { _id: 'demo-resident:T-REMIND', openid: 'demo-resident', templateId: 'T-REMIND', count: 1 });
});
afterEach(() => runtime.store.close());

const titles = async () => (await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } })).map((i) => i.title);

describe('appointment reminders (an outbox message due the day before, 10:00)', () => {
  it('stays out of the inbox until the dispatcher reaches its time, then arrives once', async () => {
    await call(runtime, as.resident, 'book', booking());
    await dispatchOutbox(runtime, beijing('2026-11-30T09:55:00'));
    expect(await titles()).toEqual(['预约成功']);
    const summary = await dispatchOutbox(runtime, beijing('2026-11-30T10:00:00'));
    expect(summary.sent).toBe(1);
    expect((await titles()).sort()).toEqual(['明天预约提醒', '预约成功']);
    expect(runtime.sender.sent).toMatchObject([{ touser: 'demo-resident', templateId: 'T-REMIND', page: '/packages/booking/pages/mine/index' }]);
    await dispatchOutbox(runtime, beijing('2026-11-30T10:05:00'));
    expect(await titles()).toHaveLength(2);
  });

  it('never arrives for a booking cancelled before its time', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    await call(runtime, as.resident, 'cancel', { id: data.id });
    await dispatchOutbox(runtime, beijing('2026-11-30T10:00:00'));
    expect([...(await titles())].sort()).toEqual(['预约已取消', '预约成功'].sort()); // issue 9 §6: the cancel has its own message; no reminder
  });

  it('is not scheduled when the day before has passed (booking for tomorrow afternoon)', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking({ date: '2026-11-27', start: '14:00' }));
    expect(await runtime.store.get('outbox', `appointment:${data.id}:reminder:2026-11-27:14:00`)).toBeNull();
  });
});
