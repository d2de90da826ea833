import { Cron } from 'croner';
import { invoke } from '../../../src/server/core/invoke';
import { scheduler, SCHEDULER_CRON } from '../../../src/server/functions/scheduler';
import { functions } from '../../../src/server/functions';
import { toCronerPattern, TIMER_TIMEZONE } from '../../../src/server/runtime/cron';
import { fixedClock } from '../../../src/server/ports/clock';
import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime({ now: bj('2026-10-10 17:00') });
});
afterEach(() => runtime.store.close());

describe('scheduler function', () => {
  it('is listed among the functions with a 5-minute, 7-field CloudBase timer on tick', () => {
    expect(functions).toContain(scheduler);
    expect(scheduler.timer).toEqual({ cron: '0 */5 * * * * *', action: 'tick' });
    expect(SCHEDULER_CRON.split(' ')).toHaveLength(7);
  });

  it('fires at 17:00 Beijing, the tick that gives the mailbox task', () => {
    const cron = new Cron(toCronerPattern(SCHEDULER_CRON), { timezone: TIMER_TIMEZONE, paused: true });
    expect(cron.nextRun(new Date(bj('2026-10-10 16:58')))!.getTime()).toBe(bj('2026-10-10 17:00'));
  });

  it('runs the tick for the timer: the 17:00 mailbox task reaches the seeded admin on the 调休 Saturday', async () => {
    const res = await invoke(scheduler, { action: 'tick' }, as.timer, runtime);
    // issue 12: 10-10 is also October's 2nd working day, so the 3 seeded staff (no study hours yet) get their study reminder
    expect(res).toMatchObject({ ok: true, data: { jobs: { complaintMailbox: 'ran', studyReminder: 'ran' }, outbox: { undelivered: 5 } } });
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'staff:staff:demo-admin' } });
    expect(inbox.map((i) => i.title)).toContain('开启大厅投诉意见箱，登记当天投诉信件');
  });

  it('does nothing the second time the timer fires at the same instant', async () => {
    await invoke(scheduler, { action: 'tick' }, as.timer, runtime);
    const before = await snapshot(runtime.store);
    const again = await invoke(scheduler, { action: 'tick' }, as.timer, runtime);
    expect(again).toMatchObject({ ok: true, data: { jobs: { complaintMailbox: 'already' } } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('gives nothing on 2026-10-05, a holiday', async () => {
    const holiday = { ...runtime, clock: fixedClock(bj('2026-10-05 17:00')) };
    const res = await invoke(scheduler, { action: 'tick' }, as.timer, holiday);
    expect(res).toMatchObject({ ok: true, data: { jobs: { complaintMailbox: 'not-due', consultationArchive: 'not-due' } } });
    expect(await runtime.store.count('inbox')).toBe(0);
  });

  it('refuses a person who calls tick, even the admin, and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    expect(await invoke(scheduler, { action: 'tick' }, as.admin, runtime)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(scheduler, { action: 'tick' }, as.anonymous, runtime)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
