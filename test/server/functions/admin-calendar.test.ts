import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { info } from '../../../src/server/functions/info';
import { createCalendar } from '../../../src/domain/calendar';
import { as, createTestRuntime, FIXED_NOW, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const call = (event: Record<string, unknown>) => invoke(admin, event, as.admin, runtime);
const closed = { date: '2026-12-01', working: false, note: '镇政府停电，暂停办公' };

describe('admin.setCalendarOverride', () => {
  it('closes a Tuesday, returns the new calendar version, and the public calendar sees it', async () => {
    const res = await call({ action: 'setCalendarOverride', ...closed });
    const version = createCalendar([closed]).version;
    expect(res).toEqual({ ok: true, data: { date: '2026-12-01', from: null, to: closed, calendarVersion: version, changed: true, clocks: { examined: 0, moved: 0, failed: 0 }, needsReschedule: [] } });
    expect(createCalendar([closed]).isWorkingDay('2026-12-01')).toBe(false);
    const overview = await invoke(info, { action: 'overview' }, as.anonymous, runtime);
    expect(overview.ok && (overview.data as any).calendar).toEqual({ overrides: [closed], notices: [], version });
  });

  it('audits the change with the previous and the new setting and the note as the reason', async () => {
    await call({ action: 'setCalendarOverride', ...closed });
    await call({ action: 'setCalendarOverride', ...closed, working: true, note: '恢复办公' });
    const events = await runtime.store.find('audit', { where: { subject: 'calendar:2026-12-01' } });
    expect(events).toHaveLength(2);
    expect(events.find((e: any) => e.why === '恢复办公')).toMatchObject({
      at: FIXED_NOW,
      actor: { staffId: 'staff:demo-admin', name: '示例·赵某' },
      action: 'calendar.set',
      from: closed,
      to: { date: '2026-12-01', working: true, note: '恢复办公' },
    });
  });

  it('writes nothing when the day already has exactly this override', async () => {
    await call({ action: 'setCalendarOverride', ...closed });
    const before = await snapshot(runtime.store);
    const res = await call({ action: 'setCalendarOverride', ...closed });
    expect(res.ok && (res.data as any).changed).toBe(false);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('lists overrides oldest day first with the calendar version', async () => {
    await call({ action: 'setCalendarOverride', ...closed });
    await call({ action: 'setCalendarOverride', date: '2026-11-28', working: true, note: '周六加班办理集中调解' });
    const res = await call({ action: 'listCalendar' });
    if (!res.ok) throw new Error(res.error.message);
    expect((res.data as any).overrides.map((o: any) => o.date)).toEqual(['2026-11-28', '2026-12-01']);
    expect((res.data as any).version).toBe(createCalendar((res.data as any).overrides).version);
  });
});

describe('admin.removeCalendarOverride', () => {
  it('brings back the national calendar, audits it and returns the version', async () => {
    await call({ action: 'setCalendarOverride', ...closed });
    const res = await call({ action: 'removeCalendarOverride', date: '2026-12-01' });
    expect(res).toEqual({ ok: true, data: { date: '2026-12-01', from: closed, to: null, calendarVersion: createCalendar([]).version, changed: true, clocks: { examined: 0, moved: 0, failed: 0 }, needsReschedule: [] } });
    expect(await runtime.store.count('calendarOverrides')).toBe(0);
    expect(await runtime.store.find('audit', { where: { action: 'calendar.remove' } })).toHaveLength(1);
  });

  it('answers NOT_FOUND for a day without an override and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    const res = await call({ action: 'removeCalendarOverride', date: '2026-12-02' });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '这一天没有调整过办公安排', field: 'date' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
