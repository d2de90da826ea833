import { createCalendar } from '../../../src/domain/calendar';
import { startClock } from '../../../src/server/deadlines';
import { runTick } from '../../../src/server/scheduler/tick';
import { createTestRuntime, recordingSender, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime({ now: Date.parse('2026-12-28T10:00:00+08:00') });
});
afterEach(() => runtime.store.close());

it('recomputes, at the next working day\'s tick, a clock an older calendar counted 2027-01-01 in', async () => {
  // As computed before this release: 2027-01-01 a working day (here: an override that says so).
  const older = createCalendar([{ date: '2027-01-01', working: true }]);
  const started = await runtime.store.transaction((tx) => startClock(tx, {
    subject: { type: 'complaint', id: 'c1' }, purpose: 'complaint.answer', title: '投诉答复', rule: { kind: 'workingDays', days: 5 },
    startedAt: Date.parse('2026-12-28T10:00:00+08:00'),
  }, older));
  expect(started.ok && started.data.dueAt).toBe(Date.parse('2027-01-04T17:00:00+08:00'));

  const out = await runTick({ store: runtime.store, sender: recordingSender(), templates: {} }, Date.parse('2026-12-29T09:05:00+08:00'));
  expect(out.jobs.calendarRecompute).toBe('ran');
  const clock = await runtime.store.get<any>('clocks', 'complaint:c1:complaint.answer');
  expect(clock.dueAt).toBe(Date.parse('2027-01-05T17:00:00+08:00')); // 元旦 is a day off by law
  const audit = await runtime.store.find<any>('audit', { where: { subject: 'complaint:c1' } });
  expect(audit.map((a) => a.action)).toEqual(['deadline.recompute']);
});
