import { createCalendar } from '../../../src/domain/calendar';
import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';
import { startClock, pauseClock, resumeClock, stopClock, type ClockDoc } from '../../../src/server/deadlines';
import { computeFields } from '../../../src/server/deadlines/compute';

const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const calendar = createCalendar();
const ID = 'legalAid:a1:legalAid.review';
const input = {
  subject: { type: 'legalAid', id: 'a1' },
  purpose: 'legalAid.review',
  title: '法律援助审查',
  rule: { kind: 'calendarDays' as const, days: 7 },
  startedAt: bj('2026-09-28 15:00'),
  responsibleStaffId: 'staff:clerk',
};

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ file: ':memory:' });
});
afterEach(() => store.close());

const tx = <R>(fn: Parameters<SqliteStore['transaction']>[0]) => store.transaction(fn) as Promise<R>;

describe('startClock', () => {
  it('stores the due and warning times, rolling a 7-day period ending in the National Day holiday to 2026-10-08', async () => {
    const res = await store.transaction((t) => startClock(t, input, calendar));
    expect(res.ok).toBe(true);
    const doc = (await store.get<ClockDoc>('clocks', ID))!;
    expect(doc).toMatchObject({
      subject: 'legalAid:a1',
      state: 'running',
      dueAt: bj('2026-10-08 17:00'),
      warnAt: bj('2026-09-30 17:00'),
      warnBefore: { workingDays: 1 },
      calendarVersion: calendar.version,
      provisional: false,
      nextCheckAt: bj('2026-09-30 17:00'),
    });
  });

  it('answers CONFLICT for a second clock with the same record and purpose, leaving the first untouched', async () => {
    await store.transaction((t) => startClock(t, input, calendar));
    const before = await store.get('clocks', ID);
    const again = await store.transaction((t) => startClock(t, { ...input, startedAt: bj('2026-10-09 09:00') }, calendar));
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这项办理时限已经开始计时' } });
    expect(await store.get('clocks', ID)).toEqual(before);
  });

  it('marks a clock running into 2027, whose holidays are not yet published, as provisional', async () => {
    await store.transaction((t) => startClock(t, { ...input, startedAt: bj('2026-12-28 10:00'), rule: { kind: 'workingDays', days: 5 } }, calendar));
    expect(await store.get('clocks', ID)).toMatchObject({ provisional: true });
  });

  it('warns two hours before closing on a same-working-day (绿色通道) clock', async () => {
    await store.transaction((t) => startClock(t, { ...input, rule: { kind: 'sameWorkingDay' }, startedAt: bj('2026-10-09 09:30') }, calendar));
    expect(await store.get('clocks', ID)).toMatchObject({ dueAt: bj('2026-10-09 17:00'), warnAt: bj('2026-10-09 15:00') });
  });
});

describe('pause, resume, stop', () => {
  beforeEach(() => store.transaction((t) => startClock(t, input, calendar)));

  it('refuses what the transition table forbids, with a Chinese reason, and writes nothing', async () => {
    const before = await store.get('clocks', ID);
    expect(await tx(async (t) => resumeClock(t, ID, bj('2026-09-29 10:00'), calendar))).toMatchObject({
      ok: false, error: { code: 'CONFLICT', message: '这项办理时限当前正在计时，不能恢复计时' },
    });
    expect(await store.get('clocks', ID)).toEqual(before);
    await store.transaction((t) => stopClock(t, ID, bj('2026-09-29 10:00')));
    expect(await tx(async (t) => pauseClock(t, ID, bj('2026-09-29 11:00'), calendar))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('answers NOT_FOUND for a clock that does not exist', async () => {
    expect(await tx(async (t) => stopClock(t, 'nope', 0))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('closes an open pause when stopped and keeps the due time as a record', async () => {
    await store.transaction((t) => pauseClock(t, ID, bj('2026-09-29 10:00'), calendar));
    const res = await tx<{ ok: true; data: ClockDoc }>(async (t) => stopClock(t, ID, bj('2026-09-30 10:00'), '申请人撤回'));
    expect(res.data).toMatchObject({ state: 'stopped', stopReason: '申请人撤回', nextCheckAt: null, pauses: [{ from: bj('2026-09-29 10:00'), to: bj('2026-09-30 10:00') }] });
  });
});

describe('computeFields', () => {
  const clock = {
    rule: { kind: 'workingDays' as const, days: 5 },
    startedAt: bj('2025-09-30 10:00'),
    pauses: [],
    warnBefore: { workingDays: 1 },
    state: 'running' as const,
  };

  it('clears an overdue mark when the new due time lies ahead, so the new deadline is watched again', () => {
    const fields = computeFields({ ...clock, warnedAt: bj('2025-10-13 17:00'), overdueAt: bj('2025-10-14 17:00') },
      createCalendar([{ date: '2025-10-14', working: false, note: '停电' }]), bj('2025-10-14 18:00'));
    expect(fields).toMatchObject({ dueAt: bj('2025-10-15 17:00'), overdueAt: null, warnedAt: bj('2025-10-13 17:00'), nextCheckAt: bj('2025-10-15 17:00') });
  });

  it('keeps the marks when the times have not moved past now', () => {
    const fields = computeFields({ ...clock, warnedAt: bj('2025-10-13 17:00'), overdueAt: bj('2025-10-14 17:00') }, calendar, bj('2025-10-15 09:00'));
    expect(fields).toMatchObject({ overdueAt: bj('2025-10-14 17:00'), nextCheckAt: null });
  });
});
