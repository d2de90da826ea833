import { invoke } from '../../../src/server/core/invoke';
import { scheduler } from '../../../src/server/functions/scheduler';
import { fixedClock } from '../../../src/server/ports/clock';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { all, call, data, rid } from './helpers';

/**
 * Issue 9 §1: a deadline message names the matter (its words may name the complainant), so it
 * never goes to the person the complaint is about — not even as "every director".
 */
let runtime: TestRuntime;
const otherStaff: PlatformIdentity = { openid: 'other-staff' };
beforeEach(async () => {
  runtime = await createTestRuntime();
  await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
});
afterEach(() => runtime.store.close());

const at = (iso: string): TestRuntime => ({ ...runtime, clock: fixedClock(Date.parse(iso)) });
const tick = (rt: TestRuntime) => invoke(scheduler, { action: 'tick' }, as.timer, rt);
const deadlineNotes = async (recipient: string, subject: string) =>
  (await all(runtime, 'inbox')).filter((e) => e.recipient === recipient && e.subject === subject);

it('escalates an overdue complaint about the director to the admin, never to that director', async () => {
  const { ticket } = data(await call(runtime, 'register', {
    requestId: rid(), channel: 'phone', type: 'complaint', content: '欧阳慧敏反映主任不给盖章', contact: { name: '欧阳慧敏', phone: '13907910086' },
    complaint: { scope: 'attitude', respondentStaffId: 'staff:demo-director' },
  }, otherStaff));
  expect(data(await tick(at('2026-12-03T17:05:00+08:00'))).clocks.overdue).toBe(1);
  expect(await deadlineNotes('staff:staff:demo-director', `ticket:${ticket.id}`)).toEqual([]);
  const admin = await deadlineNotes('staff:staff:demo-admin', `ticket:${ticket.id}`);
  expect(admin.map((e) => e.title)).toEqual(['超期督办：投诉答复']);
  expect((await deadlineNotes('staff:staff:other', `ticket:${ticket.id}`)).map((e) => e.title)).toEqual(['已超期：投诉答复']);
});

it('still escalates an overdue complaint about window staff to the director, and not to that staff member', async () => {
  const { ticket } = data(await call(runtime, 'register', {
    requestId: rid(), channel: 'phone', type: 'complaint', content: '窗口说不知道', contact: { name: '王某', phone: '13900001111' },
    complaint: { scope: 'attitude', respondentStaffId: 'staff:demo-staff' },
  }, otherStaff));
  await tick(at('2026-12-03T17:05:00+08:00'));
  expect((await deadlineNotes('staff:staff:demo-director', `ticket:${ticket.id}`)).map((e) => e.title)).toEqual(['超期督办：投诉答复']);
  expect(await deadlineNotes('staff:staff:demo-staff', `ticket:${ticket.id}`)).toEqual([]);
  expect(await deadlineNotes('staff:staff:demo-admin', `ticket:${ticket.id}`)).toEqual([]);
});
