import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { appointments } from '../../../src/server/functions/appointments';
import { tickets } from '../../../src/server/functions/tickets';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { HYPOTHETICAL_NOTICE_2027 } from './notice-2027';

const FLAG = '（2027年节假日安排尚未公布，日期可能调整）';
let runtime: TestRuntime;
afterEach(() => runtime.store.close());

const inboxBody = async (title: string) =>
  (await runtime.store.find<any>('inbox', { limit: 100 })).find((e) => e.recipient === 'openid:demo-resident' && e.title.startsWith(title))?.body as string;

async function complainAndAccept() {
  const submitted = await invoke(tickets, { action: 'submit', type: 'complaint', content: '窗口让我跑了三趟', name: '陈大爷', phone: '13800000000', complaint: { scope: 'notToldAtOnce' }, requestId: 'req-flag-0001' }, as.resident, runtime) as any;
  expect((await invoke(tickets, { action: 'accept', id: submitted.data.ticket.id }, as.director, runtime)).ok).toBe(true);
}

describe('residents see that a 2027 date may still change (issue 9 §4)', () => {
  it('says so in the acceptance message when the answer is due in 2027', async () => {
    runtime = await createTestRuntime({ now: Date.parse('2026-12-28T10:00:00+08:00') });
    await complainAndAccept();
    expect(await inboxBody('已受理')).toContain(`将于 2027年1月5日 17:00 前答复您${FLAG}`);
  });

  it('says nothing of the kind for a date in a year with its notice', async () => {
    runtime = await createTestRuntime();
    await complainAndAccept();
    expect(await inboxBody('已受理')).not.toContain('尚未公布');
  });

  it('says so in the 「预约成功」 message of a visit booked in 2027, and no more once the notice is entered', async () => {
    runtime = await createTestRuntime({ now: Date.parse('2026-12-28T10:00:00+08:00') });
    const book = (start: string, requestId: string) => invoke(appointments, { action: 'book', service: 'consultation', date: '2027-01-04', start, requestId }, as.resident, runtime) as Promise<any>;
    expect((await book('09:00', 'req-flag-0002')).ok).toBe(true);
    expect(await inboxBody('预约成功')).toContain(FLAG);
    expect((await invoke(admin, { action: 'enterHolidayNotice', year: 2027, text: HYPOTHETICAL_NOTICE_2027 }, as.admin, runtime)).ok).toBe(true);
    expect((await book('10:00', 'req-flag-0003')).ok).toBe(true);
    const later = (await runtime.store.find<any>('inbox', { limit: 100 })).find((e) => e._id.endsWith(':booked:2027-01-04:10:00:openid:demo-resident') || (e.title === '预约成功' && e.body.includes('10:00')));
    expect(later.body).toContain('1月4日（周一） 10:00');
    expect(later.body).not.toContain('尚未公布');
  });

  it('says so when a home visit is confirmed for a 2027 day', async () => {
    runtime = await createTestRuntime({ now: Date.parse('2026-12-28T10:00:00+08:00') });
    const requested = await invoke(appointments, { action: 'requestHomeVisit', basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2027-01-04'], description: '赡养纠纷', requestId: 'req-flag-0004' }, as.resident, runtime) as any;
    expect(requested.ok).toBe(true);
    expect((await invoke(appointments, { action: 'confirmHomeVisit', id: requested.data.id, date: '2027-01-04', time: '10:00' }, as.staff, runtime)).ok).toBe(true);
    expect(await inboxBody('上门服务已确认')).toContain(`1月4日（周一） 10:00${FLAG}`);
  });
});
