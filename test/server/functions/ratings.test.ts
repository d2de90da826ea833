import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call, closedOnline, closedPhone, data, rid, ticketSubject } from '../ratings/helpers';

let runtime: TestRuntime;
beforeEach(async () => { runtime = await createTestRuntime(); });
afterEach(() => runtime.store.close());

describe('ratings: a completed ticket asks its resident for a rating', () => {
  it('lists the closed ticket as pending and puts a rating link in the resident inbox at once', async () => {
    const id = await closedOnline(runtime);
    const pending = data(await call(runtime, 'pending', {}, as.resident));
    expect(pending.items).toEqual([expect.objectContaining({ subjectKey: `ticket:${id}`, title: '法律咨询', rated: false, staff: { staffId: 'staff:demo-staff', name: '示例·张某' } })]);
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } });
    expect(inbox.find((m) => m.title === '请为本次服务评价')).toMatchObject({ link: `/packages/resident/pages/rate/index?subject=ticket%3A${id}` });
  });

  it('stores a 满意 rating once, marks it rated and opens no callback', async () => {
    const id = await closedOnline(runtime);
    const res = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'satisfied', aspects: ['attitude', 'speed'], comment: '很耐心', requestId: rid() }, as.resident));
    expect(res).toMatchObject({ callbackTaskId: null, rating: { level: 'satisfied', source: 'miniProgram', aspects: ['attitude', 'speed'], comment: '很耐心', callbackOwed: false } });
    expect(data(await call(runtime, 'pending', {}, as.resident)).items).toEqual([]);
    expect(await runtime.store.count('callbackTasks')).toBe(0);
  });

  it('opens a callback task with a 5-working-day clock for 不满意', async () => {
    const id = await closedOnline(runtime);
    const res = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', comment: '等了很久', requestId: rid() }, as.resident));
    expect(res.callbackTaskId).toBe(`cb:ticket:${id}`);
    const list = data(await call(runtime, 'callbacks', {}, as.staff));
    // Thursday 2026-11-26 + 5 working days = Thursday 2026-12-03, closing time
    expect(list.items).toEqual([expect.objectContaining({ id: `cb:ticket:${id}`, reasons: ['rating'], mandatory: true, status: 'open', rating: { level: 'unsatisfied', comment: '等了很久', source: 'miniProgram' } })]);
    expect(new Date(list.items[0].dueAt).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(await runtime.store.get('clocks', `callback:cb:ticket:${id}:callback.due`)).toMatchObject({ state: 'running', dueAt: list.items[0].dueAt });
  });

  it('refuses a second rating with a clear Chinese CONFLICT and writes nothing', async () => {
    const id = await closedOnline(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'basic', requestId: rid() }, as.resident));
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'rate', { subject: ticketSubject(id), level: 'satisfied', requestId: rid() }, as.resident);
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这项服务已经评价过了，评价不能修改，您可以追加评论', field: 'subject' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('answers a retried tap (same requestId) with the first rating and nothing new', async () => {
    const id = await closedOnline(runtime);
    const payload = { subject: ticketSubject(id), level: 'basic', requestId: rid() };
    const first = data(await call(runtime, 'rate', payload, as.resident));
    const before = await snapshot(runtime.store);
    expect(data(await call(runtime, 'rate', payload, as.resident))).toEqual(first);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('appends follow-up comments without changing the rating', async () => {
    const id = await closedOnline(runtime);
    const { rating } = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'basic', comment: '一般', requestId: rid() }, as.resident));
    const after = data(await call(runtime, 'addComment', { ratingId: rating.id, text: '后来又电话解释清楚了' }, as.resident)).rating;
    expect(after).toMatchObject({ level: 'basic', comment: '一般', followUps: [{ text: '后来又电话解释清楚了' }] });
    expect(data(await call(runtime, 'mine', {}, as.resident)).items).toEqual([after]);
  });
});

describe('ratings: residents see and rate only their own items', () => {
  it('refuses resident B rating, reading or commenting on A\'s item, and writes nothing', async () => {
    const id = await closedOnline(runtime);
    const { rating } = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'basic', requestId: rid() }, as.resident));
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', requestId: rid() }, as.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(runtime, 'forSubject', { subject: ticketSubject(id) }, as.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(runtime, 'addComment', { ratingId: rating.id, text: '冒充' }, as.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(data(await call(runtime, 'pending', {}, as.stranger)).items).toEqual([]);
    expect(data(await call(runtime, 'mine', {}, as.stranger)).items).toEqual([]);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses staff-only and director-only actions to residents and anonymous callers', async () => {
    const id = await closedPhone(runtime);
    const before = await snapshot(runtime.store);
    for (const [action, payload] of [
      ['recordRating', { subject: ticketSubject(id), level: 'satisfied', source: 'phone' }],
      ['callbacks', {}], ['callback', { taskId: 'cb:ticket:x' }],
      ['recordCallback', { taskId: 'cb:ticket:x', method: 'phone', reached: false }],
      ['table', { month: '2026-11' }], ['tableCsv', { month: '2026-11' }], ['sampleDraw', { month: '2026-11' }],
    ] as const) {
      expect(await call(runtime, action, payload, as.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(runtime, action, payload, as.anonymous)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await call(runtime, 'table', { month: '2026-11' }, as.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses a rating of an item that is not completed, and bad input with the field named', async () => {
    expect(await call(runtime, 'rate', { subject: ticketSubject('tk_nope'), level: 'basic', requestId: rid() }, as.resident)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'subject' } });
    expect(await call(runtime, 'rate', { subject: ticketSubject('tk_1'), level: 'great', requestId: rid() }, as.resident)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'level' } });
    expect(await call(runtime, 'table', { month: '2026-13' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'month' } });
  });
});

describe('ratings: staff record ratings and callbacks', () => {
  it('records a phone rating marked with its source and who recorded it', async () => {
    const id = await closedPhone(runtime);
    const res = data(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'basic', source: 'phone' }, as.staff));
    expect(res.rating).toMatchObject({ source: 'phone', recordedBy: { staffId: 'staff:demo-staff', name: '示例·张某' }, callbackOwed: true });
    expect(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'satisfied', source: 'windowDevice' }, as.staff)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps an unreachable callback open with the attempt recorded, then closes it when reached', async () => {
    const id = await closedPhone(runtime);
    const { callbackTaskId } = data(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'unsatisfied', source: 'phone' }, as.staff));
    const detail = data(await call(runtime, 'callback', { taskId: callbackTaskId }, as.staff));
    expect(detail.contact).toEqual({ name: '王某', phone: '13900001111' });
    expect(await runtime.store.find('accessLog', { where: { subject: `callback:${callbackTaskId}` } })).toHaveLength(1);

    const tried = data(await call(runtime, 'recordCallback', { taskId: callbackTaskId, method: 'phone', reached: false, note: '无人接听' }, as.staff)).task;
    expect(tried).toMatchObject({ status: 'open', attempts: [{ method: 'phone', note: '无人接听', by: { name: '示例·张某' } }], record: null });

    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'recordCallback', { taskId: callbackTaskId, method: 'visit', reached: true, progress: '已办结' }, as.staff))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'staffView' } });
    expect(await snapshot(runtime.store)).toEqual(before);

    const done = data(await call(runtime, 'recordCallback', {
      taskId: callbackTaskId, method: 'visit', reached: true, progress: '材料已补齐，已办结', staffView: '态度好', opinions: '希望周六也开门', satisfiedNow: true,
    }, as.staff)).task;
    expect(done).toMatchObject({ status: 'done', overdue: false, record: { method: 'visit', satisfiedNow: true, opinions: '希望周六也开门' } });
    expect(await runtime.store.get('clocks', `callback:${callbackTaskId}:callback.due`)).toMatchObject({ state: 'stopped' });
    expect(await call(runtime, 'recordCallback', { taskId: callbackTaskId, method: 'phone', reached: false }, as.staff)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(data(await call(runtime, 'callbacks', { status: 'done' }, as.staff)).items.map((t: any) => t.id)).toEqual([callbackTaskId]);
  });
});

describe('ratings: the monthly table', () => {
  it('tells missing callbacks of the same type apart by completion time and the masked resident name (null when none was given)', async () => {
    const a = await closedOnline(runtime);
    const b = await closedPhone(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(a), level: 'unsatisfied', requestId: rid() }, as.resident));
    data(await call(runtime, 'recordRating', { subject: ticketSubject(b), level: 'basic', source: 'phone' }, as.staff));
    const table = data(await call(runtime, 'table', { month: '2026-11' }, as.director));
    const byId = Object.fromEntries(table.mandatory.missing.map((m: any) => [m.taskId, m]));
    expect(byId[`cb:ticket:${a}`]).toMatchObject({ title: '法律咨询', residentName: null, completedAt: runtime.clock.now() });
    expect(byId[`cb:ticket:${b}`]).toMatchObject({ title: '法律咨询', residentName: '王**', completedAt: runtime.clock.now() });
    expect(JSON.stringify(table)).not.toContain('王某');
  });

  it('counts ratings and callbacks per staff member and type, lists the missing mandatory callback, exports CSV', async () => {
    const a = await closedOnline(runtime);
    const b = await closedPhone(runtime);
    await closedPhone(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(a), level: 'unsatisfied', requestId: rid() }, as.resident));
    data(await call(runtime, 'recordRating', { subject: ticketSubject(b), level: 'satisfied', source: 'windowDevice' }, as.staff));
    const table = data(await call(runtime, 'table', { month: '2026-11' }, as.director));
    expect(table.rows).toEqual([expect.objectContaining({
      staffName: '示例·张某', typeKey: 'consultation', completed: 3, unrated: 1,
      ratings: { satisfied: 0, basic: 0, unsatisfied: 1 }, selfRecorded: { satisfied: 1, basic: 0, unsatisfied: 0 }, bySource: { miniProgram: 1, windowDevice: 1, phone: 0 },
      callbacks: { due: 1, done: 0, overdue: 0 }, mandatory: { due: 1, done: 0, rate: 0 }, sample: { eligible: 3, drawn: 0, done: 0, rate: 0 },
    })]);
    expect(table.mandatory).toMatchObject({ due: 1, done: 0, complete: false, missingCount: 1, missing: [expect.objectContaining({ taskId: `cb:ticket:${a}` })] });
    expect(table.sample).toBeNull();
    const csv = data(await call(runtime, 'tableCsv', { month: '2026-11' }, as.admin));
    expect(csv.filename).toBe('服务评价与回访统计_2026-11.csv');
    expect(csv.csv.split('\r\n')[1]).toBe('示例·张某,法律咨询,3,0,0,1,1（1/0/0）,1,1,1,0,1,0,0,1,0,0.0%,3,0,0,0.0%');
  });

  it('shows 100 % and nothing missing once every mandatory callback is done', async () => {
    const a = await closedOnline(runtime);
    const { callbackTaskId } = data(await call(runtime, 'rate', { subject: ticketSubject(a), level: 'basic', requestId: rid() }, as.resident));
    data(await call(runtime, 'recordCallback', { taskId: callbackTaskId, method: 'phone', reached: true, progress: '已解决', staffView: '满意', satisfiedNow: true }, as.staff));
    const table = data(await call(runtime, 'table', { month: '2026-11' }, as.director));
    expect(table.mandatory).toEqual({ due: 1, done: 1, rate: 1, complete: true, missing: [], missingCount: 0 });
  });
});
