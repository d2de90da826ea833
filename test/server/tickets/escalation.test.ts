import { invoke } from '../../../src/server/core/invoke';
import { scheduler } from '../../../src/server/functions/scheduler';
import { fixedClock } from '../../../src/server/ports/clock';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { all, askOnline, call, data, fileComplaint } from './helpers';

let runtime: TestRuntime;
const otherStaff: PlatformIdentity = { openid: 'other-staff' };
beforeEach(async () => {
  runtime = await createTestRuntime();
  await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
});
afterEach(() => runtime.store.close());

/** The same store seen at a later instant. */
const at = (iso: string): TestRuntime => ({ ...runtime, clock: fixedClock(Date.parse(iso)) });
const tick = (rt: TestRuntime) => invoke(scheduler, { action: 'tick' }, as.timer, rt);
// Only the deadline messages: other monthly jobs (the study reminder of rule 十) write to the same inbox.
const inboxOf = async (recipient: string) => (await all(runtime, 'inbox')).filter((e) => e.recipient === recipient && !String(e.subject ?? '').startsWith('study:'));

it('escalates a complaint unanswered after 5 working days to the director and tells the complainant it runs late', async () => {
  const t = await fileComplaint(runtime);
  await call(runtime, 'accept', { id: t.id }, otherStaff);
  // due Thursday 2026-12-03 17:00; nothing happens a minute before
  expect(data(await tick(at('2026-12-03T16:55:00+08:00'))).clocks.overdue).toBe(0);
  expect(await inboxOf('staff:staff:demo-director')).toEqual([]);

  const late = at('2026-12-03T17:05:00+08:00');
  expect(data(await tick(late)).clocks.overdue).toBe(1);
  const director = await inboxOf('staff:staff:demo-director');
  expect(director.map((e) => [e.title, e.subject])).toEqual([['超期督办：投诉答复', `ticket:${t.id}`]]);
  expect(director[0].body).toContain('首问责任人：示例·李某');
  const resident = (await inboxOf('openid:demo-resident')).filter((e) => e.purpose === 'deadlineLate');
  expect(resident).toHaveLength(1);
  expect(resident[0].body).toContain('已超过承诺的办理时限（2026年12月3日 17:00）');
  expect(resident[0].link).toBe(`/packages/resident/pages/tickets/detail/index?id=${t.id}`);

  // the workbench shows it overdue, first in the inbox
  const { items } = data(await call(late, 'inbox', {}, as.director));
  expect(items[0]).toMatchObject({ id: t.id, overdue: true });
  // a second tick does nothing twice
  expect(data(await tick(at('2026-12-03T17:10:00+08:00'))).clocks.overdue).toBe(0);
  expect(await inboxOf('staff:staff:demo-director')).toHaveLength(1);
});

it('does not escalate a complaint closed in time', async () => {
  const t = await fileComplaint(runtime);
  await call(runtime, 'accept', { id: t.id }, otherStaff);
  await call(at('2026-12-01T10:00:00+08:00'), 'close', { id: t.id, result: '已答复' }, otherStaff);
  expect(data(await tick(at('2026-12-04T09:00:00+08:00'))).clocks).toMatchObject({ overdue: 0, warned: 0 });
  expect(await inboxOf('staff:staff:demo-director')).toEqual([]);
});

it('records a complaint closed after the deadline as not on time', async () => {
  const t = await fileComplaint(runtime);
  await call(runtime, 'accept', { id: t.id }, otherStaff);
  const { ticket } = data(await call(at('2026-12-04T09:00:00+08:00'), 'close', { id: t.id, result: '已答复' }, otherStaff));
  expect(ticket.closure.onTime).toBe(false);
});

it('escalates an online ticket nobody accepted within a working day to the directors', async () => {
  const t = await askOnline(runtime);
  await tick(at('2026-11-27T15:05:00+08:00'));
  // The director's inbox also holds the station's own report clocks (issue 14); this is about the ticket's.
  const ticketTitles = async () => (await inboxOf('staff:staff:demo-director')).map((e) => e.title).filter((title) => title.includes('线上来件受理')).sort();
  expect(await ticketTitles()).toEqual(['即将到期：线上来件受理']);
  await tick(at('2026-11-27T17:05:00+08:00'));
  const titles = await ticketTitles();
  expect(titles).toEqual(['即将到期：线上来件受理', '超期督办：线上来件受理']);
  expect((await inboxOf('openid:demo-resident')).filter((e) => e.purpose === 'deadlineLate')).toEqual([]);
  expect(t.status).toBe('received');
});
