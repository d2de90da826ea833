import { invoke } from '../../../src/server/core/invoke';
import { scheduler } from '../../../src/server/functions/scheduler';
import { fixedClock } from '../../../src/server/ports/clock';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { all, call, data, fileComplaint } from '../tickets/helpers';

let runtime: TestRuntime;
const li: PlatformIdentity = { openid: 'li' };
beforeEach(async () => {
  runtime = await createTestRuntime(); // Thursday 2026-11-26 10:00
  await runtime.store.put('staff', { _id: 'staff:li', openid: 'li', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
  await runtime.store.put('staff', { _id: 'staff:wang', openid: 'wang', name: '示例·王某', roles: ['staff'], active: true, order: 5 });
});
afterEach(() => runtime.store.close());

const at = (iso: string): TestRuntime => ({ ...runtime, clock: fixedClock(Date.parse(`${iso}+08:00`)) });
const tick = (rt: TestRuntime) => invoke(scheduler, { action: 'tick' }, as.timer, rt);
const inboxOf = async (recipient: string, purpose: string) => (await all(runtime, 'inbox')).filter((e) => e.recipient === recipient && e.purpose === purpose);

describe('deadline messages name the matter and its real first responder (issue 9 §4)', () => {
  beforeEach(async () => {
    const t = await fileComplaint(runtime);
    await call(runtime, 'accept', { id: t.id }, li); // 李某 first receives it: the first responder
    await call(runtime, 'handOn', { id: t.id, toStaffId: 'staff:wang', note: '请王某跟进' }, li); // 王某 now handles it
    (runtime as any).ticketId = t.id;
  });

  it('tells the director the number, the title, the first responder and, apart, the one handling it now', async () => {
    await tick(at('2026-12-03T17:05:00'));
    const [escalation] = await inboxOf('staff:staff:demo-director', 'deadlineOverdue');
    const id = (runtime as any).ticketId;
    expect(escalation.body).toBe(`「投诉答复」（投诉「窗口工作人员态度生硬，让我回去自…」，编号 ${id}）（首问责任人：示例·李某；经办人：示例·王某）已于 2026年12月3日 17:00 到期仍未办结，请督办或重新交办。`);
  });

  it('names the matter in the handler\'s warning and overdue messages and in the resident\'s', async () => {
    const id = (runtime as any).ticketId;
    await tick(at('2026-12-02T17:05:00'));
    const [warning] = await inboxOf('staff:staff:wang', 'deadlineWarning');
    expect(warning.body).toContain(`（投诉「窗口工作人员态度生硬，让我回去自…」，编号 ${id}）将于 2026年12月3日 17:00 到期`);
    await tick(at('2026-12-03T17:05:00'));
    expect((await inboxOf('staff:staff:wang', 'deadlineOverdue'))[0].body).toContain(`编号 ${id}`);
    expect((await inboxOf('openid:demo-resident', 'deadlineLate'))[0].body).toContain(`您的「投诉答复」（编号 ${id}）已超过承诺的办理时限`);
  });

  it('says a waiting online matter has no first responder yet', async () => {
    const waiting = await fileComplaint(runtime, as.stranger);
    void waiting;
    await tick(at('2026-11-27T17:05:00')); // the 1-working-day acceptance clock
    const escalations = await inboxOf('staff:staff:demo-director', 'deadlineOverdue');
    expect(escalations.some((e) => e.body.includes('首问责任人：尚未受理；未指定经办人'))).toBe(true);
  });
});
