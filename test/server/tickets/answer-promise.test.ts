import { fixedClock } from '../../../src/server/ports/clock';
import { loadCalendar } from '../../../src/server/deadlines';
import { answerDue } from '../../../src/domain/tickets/clocks';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { call, data, fileComplaint } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime(); // Thursday 2026-11-26 10:00
});
afterEach(() => runtime.store.close());

const at = (iso: string): TestRuntime => ({ ...runtime, clock: fixedClock(Date.parse(`${iso}+08:00`)) });

describe('one promise, one clock (issue 9 §4)', () => {
  it('counts an online complaint\'s 5 working days from the day it was received, so a late acceptance does not move the date', async () => {
    const t = await fileComplaint(runtime);
    const promised = answerDue('complaint', t.createdAt, await loadCalendar(runtime.store))!;
    expect(promised.dueAt).toBe(Date.parse('2026-12-03T17:00:00+08:00'));

    const accepted = data(await call(at('2026-11-30T15:00:00'), 'accept', { id: t.id }, as.director));
    expect(accepted.ticket.clock.dueAt).toBe(promised.dueAt); // not 2026-12-07, 5 working days after Monday's acceptance
    const stored = await runtime.store.get<any>('tickets', t.id);
    expect(stored.dueAt).toBe(promised.dueAt);
  });

  it('tells the resident at acceptance the same date the complaint page showed', async () => {
    const t = await fileComplaint(runtime);
    await call(at('2026-11-27T09:00:00'), 'accept', { id: t.id }, as.director);
    const inbox = (await runtime.store.find<any>('inbox', { limit: 100 })).filter((e) => e.recipient === 'openid:demo-resident' && e.title.startsWith('已受理'));
    expect(inbox[0].body).toContain('12月3日');
  });
});
