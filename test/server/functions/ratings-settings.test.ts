import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call, closedOnline, closedPhone, data, rid, ticketSubject } from '../ratings/helpers';

let runtime: TestRuntime;
beforeEach(async () => { runtime = await createTestRuntime(); });
afterEach(() => runtime.store.close());

describe('ratings: the callback deadline setting (回访期限)', () => {
  it('reads the default of 5 working days for a director before anyone changes it', async () => {
    expect(data(await call(runtime, 'callbackSettings', {}, as.director))).toEqual({
      workingDays: 5, defaultWorkingDays: 5, isDefault: true, updatedAt: null, updatedBy: null,
    });
  });

  it('lets an admin change it to 3, audited with the reason, and a new 不满意 rating is then due in 3 working days', async () => {
    const view = data(await call(runtime, 'updateCallbackSettings', { workingDays: 3, why: '局里要求三个工作日内回访' }, as.admin));
    expect(view).toMatchObject({ workingDays: 3, isDefault: false, updatedBy: { name: '示例·赵某' } });
    expect(data(await call(runtime, 'callbackSettings', {}, as.director))).toEqual(view);
    const audit = await runtime.store.find('audit', { where: { subject: 'ratingsConfig:settings' } });
    expect(audit).toEqual([expect.objectContaining({
      action: 'ratings.callbackRule', why: '局里要求三个工作日内回访',
      from: { callbackRule: { kind: 'workingDays', days: 5 } }, to: { callbackRule: { kind: 'workingDays', days: 3 } },
    })]);

    const id = await closedOnline(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', requestId: rid() }, as.resident));
    const [task] = data(await call(runtime, 'callbacks', {}, as.staff)).items;
    // Thursday 2026-11-26 + 3 working days = Tuesday 2026-12-01, closing time 17:00
    expect(new Date(task.dueAt).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('leaves a task opened before the change on its old deadline', async () => {
    const id = await closedPhone(runtime);
    data(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'basic', source: 'phone' }, as.staff));
    data(await call(runtime, 'updateCallbackSettings', { workingDays: 10 }, as.admin));
    const [task] = data(await call(runtime, 'callbacks', {}, as.staff)).items;
    expect(new Date(task.dueAt).toISOString()).toBe('2026-12-03T09:00:00.000Z');
  });

  it('writes nothing when the value is already in force', async () => {
    data(await call(runtime, 'updateCallbackSettings', { workingDays: 4 }, as.admin));
    const before = await snapshot(runtime.store);
    expect(data(await call(runtime, 'updateCallbackSettings', { workingDays: 4, why: '再点一次' }, as.admin))).toMatchObject({ workingDays: 4 });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses residents, window staff and directors the change, and anyone but leaders the reading; nothing written', async () => {
    const before = await snapshot(runtime.store);
    for (const who of [as.resident, as.staff, as.director]) {
      expect(await call(runtime, 'updateCallbackSettings', { workingDays: 3 }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call(runtime, 'updateCallbackSettings', { workingDays: 3 }, as.anonymous)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call(runtime, 'callbackSettings', {}, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有工作站主任和管理员可以查看回访期限设置' } });
    expect(await call(runtime, 'callbackSettings', {}, as.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses 0, 16 and a fraction of a day with the field named, and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    for (const workingDays of [0, 16, 2.5, '3']) {
      expect(await call(runtime, 'updateCallbackSettings', { workingDays }, as.admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'workingDays' } });
    }
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
