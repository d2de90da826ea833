import { loadCalendar } from '../../../src/server/deadlines';
import { runDailyJobs } from '../../../src/server/scheduler/run-jobs';
import { createTestRuntime, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('the 17:00 mailbox task', () => {
  it('opens the staff mailbox page, where the letters are registered', async () => {
    const at = Date.parse('2026-11-26T17:00:00+08:00');
    const outcomes = await runDailyJobs(runtime.store, await loadCalendar(runtime.store), at);
    expect(outcomes.complaintMailbox).toBe('ran');
    const tasks = await runtime.store.find<any>('outbox', { where: { subject: 'job:complaintMailbox' } });
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(t.link).toBe('/packages/staff/pages/mailbox/index');
  });
});
