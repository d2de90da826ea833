import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { guides } from '../../../src/server/seed/guides';
import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

/** A valid event for every admin action: the caller is the only reason it may be refused. */
const events: Record<string, Record<string, unknown>> = {
  listContent: {},
  updateContent: { key: 'guide:notary', data: guides['guide:notary'], expectedVersion: 1 },
  createContent: { kind: 'notice', data: { title: '通知', body: '明天停电' } },
  removeContent: { key: 'badge:sample-window', expectedVersion: 1 },
  contentHistory: { key: 'station' },
  listCalendar: {},
  setCalendarOverride: { date: '2026-12-01', working: false, note: '停电' },
  removeCalendarOverride: { date: '2026-12-01' },
  previewHolidayNotice: { year: 2027, text: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。' },
  enterHolidayNotice: { year: 2027, text: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。' },
};

it('covers every action the admin function has', () => {
  expect(Object.keys(events).sort()).toEqual(Object.keys(admin.actions).sort());
});

const callers = [
  ['an anonymous caller', as.anonymous, { code: 'UNAUTHENTICATED', message: '请先登录后再操作' }],
  ['the demo resident', as.resident, { code: 'FORBIDDEN', message: '您没有权限进行这项操作' }],
  ['window staff', as.staff, { code: 'FORBIDDEN', message: '您没有权限进行这项操作' }],
  ['the director', as.director, { code: 'FORBIDDEN', message: '您没有权限进行这项操作' }],
  ['a timer trigger', as.timer, { code: 'FORBIDDEN', message: '您没有权限进行这项操作' }],
] as const;

describe.each(callers)('%s', (_who, identity, error) => {
  it.each(Object.keys(events))('is refused %s and nothing is written', async (name) => {
    await runtime.store.put('calendarOverrides', { _id: '2026-12-01', date: '2026-12-01', working: false, note: '停电' });
    const before = await snapshot(runtime.store);
    const res = await invoke(admin, { action: name, ...events[name] }, identity, runtime);
    expect(res).toEqual({ ok: false, error });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

it('lets the admin run every one of the same events (so the refusals above are about the caller)', async () => {
  await runtime.store.put('calendarOverrides', { _id: '2026-12-01', date: '2026-12-01', working: true, note: '加班' });
  for (const [name, payload] of Object.entries(events)) {
    const res = await invoke(admin, { action: name, ...payload }, as.admin, runtime);
    expect({ name, ok: res.ok }).toEqual({ name, ok: true });
  }
});

it('refuses an admin whose account was deactivated', async () => {
  await runtime.store.update('staff', 'staff:demo-admin', { active: false });
  const res = await invoke(admin, { action: 'listContent' }, as.admin, runtime);
  expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行这项操作' } });
});
