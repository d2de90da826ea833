import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { drawSample } from '../../../src/domain/ratings/sample';
import { readPopulation } from '../../../src/server/callbacks/sampling';
import { bj, call, closedOnline, closedPhone, data, rid, tick, ticketSubject } from '../ratings/helpers';
import { call as callTickets, fileComplaint } from '../tickets/helpers';

let runtime: TestRuntime;
beforeEach(async () => { runtime = await createTestRuntime(); });
afterEach(() => runtime.store.close());

describe('callbacks through the scheduler tick', () => {
  it('escalates an overdue callback to the director through the deadline engine', async () => {
    const id = await closedOnline(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', requestId: rid() }, as.resident));
    const summary = await tick(runtime, bj('2026-12-04 10:00'));
    expect(summary.clocks.overdue).toBe(1);
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'staff:staff:demo-director' } });
    expect(inbox.map((m) => m.title)).toContain('超期督办：回访：法律咨询');
    const list = data(await call({ ...runtime, clock: { now: () => bj('2026-12-04 10:00') } }, 'callbacks', {}, as.staff));
    expect(list.items[0]).toMatchObject({ overdue: true });
  });

  it('opens a mandatory callback for a major complaint when it is closed', async () => {
    const c = await fileComplaint(runtime);
    data(await callTickets(runtime, 'accept', { id: c.id }, as.director));
    data(await callTickets(runtime, 'markMajor', { id: c.id, reason: '涉嫌索要财物' }, as.director));
    data(await callTickets(runtime, 'close', { id: c.id, result: '已调查处理并答复' }, as.director));
    const task = await runtime.store.get('callbackTasks', `cb:ticket:${c.id}`);
    expect(task).toMatchObject({ reasons: ['major'], mandatory: true, status: 'open' });
  });

  it('draws ≥ 5 % of last month\'s hotline/online tickets on the first working day, once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) ids.push(i % 2 ? await closedOnline(runtime) : await closedPhone(runtime));
    expect((await tick(runtime, bj('2026-12-01 08:55'))).jobs.callbackSample).toBe('not-due');
    expect((await tick(runtime, bj('2026-12-01 09:05'))).jobs.callbackSample).toBe('ran');
    const draw = data(await call(runtime, 'sampleDraw', { month: '2026-11' }, as.director));
    expect(draw).toMatchObject({ month: '2026-11', populationSize: 21, rate: 0.05, tasksCreated: 2 });
    expect(draw.chosenIds).toHaveLength(2); // 21 × 5 % = 1.05 → 2
    expect(draw.chosenIds.every((x: string) => ids.includes(x))).toBe(true);
    // auditable: the stored seed over the stored population (sorted ids) gives the same set
    expect(drawSample(await readPopulation(runtime.store, '2026-11'), 0.05, draw.seed).chosenIds).toEqual(draw.chosenIds);
    const tasks = await runtime.store.find<any>('callbackTasks', { where: { status: 'open' } });
    expect(tasks.map((t) => t.subject.id).sort()).toEqual([...draw.chosenIds].sort());
    expect(tasks.every((t) => t.reasons.join() === 'sample' && !t.mandatory)).toBe(true);

    const before = await snapshot(runtime.store);
    expect((await tick(runtime, bj('2026-12-02 10:00'))).jobs.callbackSample).toBe('already');
    const after = await snapshot(runtime.store);
    expect(after.sampleDraws).toEqual(before.sampleDraws);
    expect(after.callbackTasks).toEqual(before.callbackTasks);
    const table = data(await call(runtime, 'table', { month: '2026-11' }, as.director));
    expect(table.sample).toEqual({ drawn: 2, populationSize: 21, rate: 2 / 21, done: 0 });
    expect(table.totals.sample).toMatchObject({ eligible: 21, drawn: 2 });
  });

  it('makes up a missed first working day later in the month, drawing from the previous month', async () => {
    await closedOnline(runtime);
    expect((await tick(runtime, bj('2027-01-05 10:00'))).jobs.callbackSample).toBe('ran'); // 2027-01-04 missed
    expect(data(await call(runtime, 'sampleDraw', { month: '2026-12' }, as.director)).populationSize).toBe(0);
    expect(await call(runtime, 'sampleDraw', { month: '2026-11' }, as.director)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the 3-day rating reminder', () => {
  it('reminds once after 3 days, then leaves the item unrated (never defaulted to 满意)', async () => {
    const id = await closedOnline(runtime);
    await tick(runtime, bj('2026-11-29 09:00'));
    const titles = async () => (await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } })).map((m) => m.title);
    expect(await titles()).not.toContain('提醒：请为本次服务评价');
    await tick(runtime, bj('2026-11-29 10:05'));
    await tick(runtime, bj('2026-11-30 10:05'));
    await tick(runtime, bj('2026-12-20 10:05'));
    expect((await titles()).filter((t) => t === '提醒：请为本次服务评价')).toHaveLength(1);
    expect(await runtime.store.count('ratings')).toBe(0);
    const pending = data(await call(runtime, 'pending', {}, as.resident)).items;
    expect(pending).toEqual([expect.objectContaining({ subjectKey: `ticket:${id}`, rated: false, remindedAt: bj('2026-11-29 10:05') })]);
  });

  it('sends no reminder for an item rated within 3 days', async () => {
    const id = await closedOnline(runtime);
    data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'satisfied', requestId: rid() }, as.resident));
    await tick(runtime, bj('2026-12-01 10:05'));
    expect(await runtime.store.count('outbox', { _id: `rating:ticket:${id}:remind` })).toBe(0);
  });
});
