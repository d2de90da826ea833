import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { createCalendar } from '../../../src/domain/calendar';
import { startClock, type ClockDoc } from '../../../src/server/deadlines';
import { as, createTestRuntime, FIXED_NOW, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

/** A complaint accepted Thursday 2026-11-26 10:00: 5 working days → Thursday 2026-12-03 17:00. */
async function startComplaintClock() {
  const res = await runtime.store.transaction((tx) =>
    startClock(tx, {
      subject: { type: 'complaint', id: 'c1' },
      purpose: 'complaint.answer',
      title: '投诉答复',
      rule: { kind: 'workingDays', days: 5 },
      startedAt: FIXED_NOW,
      responsibleStaffId: 'staff:demo-staff',
    }, createCalendar()),
  );
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

describe('a calendar change moves running deadlines', () => {
  it('pushes a 5-working-day complaint deadline back a day when the admin closes a day inside it', async () => {
    const clock = await startComplaintClock();
    expect(clock.dueAt).toBe(Date.parse('2026-12-03T17:00:00+08:00'));

    const res = await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '镇政府停电，暂停办公' }, as.admin, runtime);
    expect(res.ok && (res.data as any).clocks).toMatchObject({ moved: 1 });

    const moved = await runtime.store.get<ClockDoc>('clocks', clock._id);
    expect(moved!.dueAt).toBe(Date.parse('2026-12-04T17:00:00+08:00'));
    const audit = await runtime.store.find('audit', { where: { subject: clock.subject } });
    expect(audit.map((e: any) => e.actor)).toContainEqual(expect.objectContaining({ staffId: 'staff:demo-admin' }));
  });

  it('moves the deadline back again when the override is removed', async () => {
    const clock = await startComplaintClock();
    await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.admin, runtime);
    await invoke(admin, { action: 'removeCalendarOverride', date: '2026-12-01' }, as.admin, runtime);
    expect((await runtime.store.get<ClockDoc>('clocks', clock._id))!.dueAt).toBe(Date.parse('2026-12-03T17:00:00+08:00'));
  });

  it('leaves clocks alone when the override changes nothing', async () => {
    await startComplaintClock();
    await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.admin, runtime);
    const again = await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.admin, runtime);
    expect(again.ok && (again.data as any).clocks).toEqual({ examined: 0, moved: 0, failed: 0 });
  });
});
