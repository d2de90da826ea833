import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { createTestRuntime, as, type TestRuntime } from '../../support/runtime';
import { call, data, fileComplaint } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('a calendar change keeps the ticket inbox in step with the moved clock', () => {
  it('moves an accepted complaint\'s due time and inbox key when a day inside its 5 working days is closed', async () => {
    const filed = await fileComplaint(runtime);
    data(await call(runtime, 'accept', { id: filed.id }, as.director));
    const before = (await runtime.store.get<any>('tickets', filed.id))!;
    expect(before.dueAt).toBe(Date.parse('2026-12-03T17:00:00+08:00'));

    const res = await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '镇政府停电，暂停办公' }, as.admin, runtime);
    expect(res.ok).toBe(true);

    const after = (await runtime.store.get<any>('tickets', filed.id))!;
    expect(after.dueAt).toBe(Date.parse('2026-12-04T17:00:00+08:00'));
    expect(after.queueKey).not.toBe(before.queueKey);
    expect(after.queueKey.startsWith(String(after.dueAt).padStart(16, '0'))).toBe(true);
  });

  it('leaves a closed ticket alone', async () => {
    const filed = await fileComplaint(runtime);
    data(await call(runtime, 'accept', { id: filed.id }, as.director));
    data(await call(runtime, 'close', { id: filed.id, result: '已向投诉人说明情况并致歉，窗口人员已整改。' }, as.director));
    const closed = (await runtime.store.get<any>('tickets', filed.id))!;
    await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.admin, runtime);
    expect((await runtime.store.get<any>('tickets', filed.id))!.queueKey).toBe(closed.queueKey);
  });
});
