/**
 * The scheduler's behaviour on any Store adapter: run with the embedded SQLite store
 * (pass.test.ts) and with the CloudBase adapter over the local double (cloudbase.test.ts).
 */
import { createCalendar } from '../../../src/domain/calendar';
import type { ClockRule } from '../../../src/domain/deadlines';
import type { Doc, Store } from '../../../src/server/ports/store';
import type { SubscribeMessage } from '../../../src/server/ports/sender';
import { startClock, pauseClock, resumeClock, stopClock, recomputeClocks, type ClockDoc } from '../../../src/server/deadlines';
import { runClockPass } from '../../../src/server/scheduler/clock-pass';
import { runTick } from '../../../src/server/scheduler/tick';
import { dispatchOutbox, enqueue, SENDING_LEASE_MS, addConsent, type OutboxDoc } from '../../../src/server/outbox';
import type { InboxDoc } from '../../../src/server/inbox';
import { all, bj, counts, seedStaff, type MakeFixture } from './fixture';

const calendar = createCalendar();
const ID = 'complaint:c1:complaint.answer';

const complaint = (id = 'c1', rule: ClockRule = { kind: 'workingDays', days: 5 }) => ({
  subject: { type: 'complaint', id },
  purpose: 'complaint.answer',
  title: '投诉答复',
  rule,
  startedAt: bj('2025-09-30 10:00'),
  responsibleStaffId: 'staff:clerk',
  recipientOpenid: 'o-resident',
});

/** A store whose `find` counts the clock documents it returns. */
function countingReads(store: Store): { store: Store; read: () => number } {
  let read = 0;
  const proxy = new Proxy(store, {
    get(target, prop) {
      if (prop === 'find') {
        return async (c: string, o: unknown) => {
          const docs = await target.find(c, o as never);
          if (c === 'clocks') read += docs.length;
          return docs;
        };
      }
      const v = (target as any)[prop];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: proxy, read: () => read };
}

/** A store whose transactions fail from the `failFrom`-th on: the process "dies" there. */
function dyingAfter(store: Store, okTransactions: number): Store {
  let n = 0;
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'transaction') {
        return (fn: never) => (++n > okTransactions ? Promise.reject(new Error('process stopped')) : target.transaction(fn));
      }
      const v = (target as any)[prop];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function recorder() {
  const sent: SubscribeMessage[] = [];
  return { sent, send: async (m: SubscribeMessage) => (sent.push(m), { sent: true as const }) };
}

export function describeSchedulerSuite(name: string, make: MakeFixture): void {
  describe(`scheduler on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let seed: (collection: string, docs: Doc[]) => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup, seed } = await make());
      await seedStaff(store);
    });
    afterEach(() => cleanup());

    const start = (input = complaint()) => store.transaction((tx) => startClock(tx, input, calendar));
    const clock = async () => (await store.get<ClockDoc>('clocks', ID))!;

    it('warns the responsible clerk at 17:00 on 2025-10-13, one working day before a due day pushed by the 调休 Saturday', async () => {
      await start();
      expect(await runClockPass(store, bj('2025-10-13 16:59'))).toMatchObject({ due: 0 });
      expect(await counts(store)).toEqual({ outbox: 0, inbox: 0, audit: 0, jobRuns: 0 });

      expect(await runClockPass(store, bj('2025-10-13 17:00'))).toMatchObject({ due: 1, warned: 1, overdue: 0 });
      const out = await all<OutboxDoc>(store, 'outbox');
      expect(out.map((o) => o.recipientKey)).toEqual(['staff:staff:clerk']);
      expect(out[0]).toMatchObject({ title: '即将到期：投诉答复', state: 'pending', dueAt: bj('2025-10-14 17:00'), subject: 'complaint:c1' });
      expect(out[0].body).toContain('2025年10月14日 17:00');
      expect((await all<InboxDoc>(store, 'inbox')).map((i) => i._id)).toEqual([out[0]._id]);
      expect(await clock()).toMatchObject({ warnedAt: bj('2025-10-13 17:00'), overdueAt: null, nextCheckAt: bj('2025-10-14 17:00') });
    });

    it('escalates at 17:00 on the due day to the clerk, every active director and the resident, with one audit event', async () => {
      await start();
      await runClockPass(store, bj('2025-10-13 17:00'));
      expect(await runClockPass(store, bj('2025-10-14 16:59'))).toMatchObject({ due: 0 });
      expect(await runClockPass(store, bj('2025-10-14 17:00'))).toMatchObject({ due: 1, overdue: 1 });

      const overdue = (await all<OutboxDoc>(store, 'outbox')).filter((o) => o._id.includes(':overdue:'));
      expect(overdue.map((o) => o.recipientKey).sort()).toEqual(['openid:o-resident', 'staff:staff:clerk', 'staff:staff:director']);
      expect(overdue.find((o) => o.recipientKey === 'staff:staff:director')!.body).toContain('经办人：张某'); // the responsible clerk; a bare clock knows no first responder
      const audit = await all(store, 'audit');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ at: bj('2025-10-14 17:00'), actor: { kind: 'system' }, subject: 'complaint:c1', action: 'escalate' });
      expect(await clock()).toMatchObject({ overdueAt: bj('2025-10-14 17:00'), nextCheckAt: null });
    });

    it('does nothing twice when the pass runs twice at the same instant', async () => {
      await start();
      await runClockPass(store, bj('2025-10-13 17:00'));
      expect(await runClockPass(store, bj('2025-10-13 17:00'))).toMatchObject({ due: 0 });
      await runClockPass(store, bj('2025-10-14 17:00'));
      const after = await counts(store);
      expect(after).toEqual({ outbox: 4, inbox: 4, audit: 1, jobRuns: 0 });
      expect(await runClockPass(store, bj('2025-10-14 17:00'))).toMatchObject({ due: 0, overdue: 0 });
      expect(await counts(store)).toEqual(after);
    });

    it('does nothing twice when two passes run concurrently', async () => {
      for (const id of ['c1', 'c2', 'c3']) await start(complaint(id));
      const [a, b] = await Promise.all([runClockPass(store, bj('2025-10-14 17:00')), runClockPass(store, bj('2025-10-14 17:00'))]);
      expect(a.overdue + b.overdue).toBe(3);
      expect(a.warned + b.warned).toBe(0);
      expect(await counts(store)).toEqual({ outbox: 9, inbox: 9, audit: 3, jobRuns: 0 });
    });

    it('sends only the overdue notice when the first pass comes after the due time (the server was down)', async () => {
      await start();
      expect(await runClockPass(store, bj('2025-10-15 09:00'))).toMatchObject({ warned: 0, overdue: 1 });
      const keys = (await all<OutboxDoc>(store, 'outbox')).map((o) => o._id);
      expect(keys.some((k) => k.includes(':warn:'))).toBe(false);
      expect(await clock()).toMatchObject({ warnedAt: bj('2025-10-15 09:00'), nextCheckAt: null });
    });

    it('reads only the due clocks, however many others there are', async () => {
      await start();
      const due = await clock();
      const closed = Array.from({ length: 300 }, (_, i) => ({ ...due, _id: `closed-${i}`, state: 'stopped', nextCheckAt: null }));
      const later = Array.from({ length: 50 }, (_, i) => ({ ...due, _id: `later-${i}`, nextCheckAt: bj('2025-10-20 17:00') + i }));
      await seed('clocks', [...closed, ...later]);
      const spy = countingReads(store);
      expect(await runClockPass(spy.store, bj('2025-10-14 17:00'))).toMatchObject({ due: 1, overdue: 1 });
      expect(spy.read()).toBe(1);
    });

    it('does not count the time waiting for materials: the due day moves by the paused working days', async () => {
      await start();
      await store.transaction((tx) => pauseClock(tx, ID, bj('2025-10-09 10:00'), calendar));
      expect(await clock()).toMatchObject({ state: 'paused', dueAt: null, nextCheckAt: null });
      expect(await runClockPass(store, bj('2025-10-14 17:00'))).toMatchObject({ due: 0 });

      // paused from 10-09 to 10-16: 10-10, 10-11 (调休), 10-13, 10-14, 10-15, 10-16 are not counted
      await store.transaction((tx) => resumeClock(tx, ID, bj('2025-10-16 10:00'), calendar));
      expect(await clock()).toMatchObject({ state: 'running', dueAt: bj('2025-10-22 17:00'), warnAt: bj('2025-10-21 17:00') });
      expect(await runClockPass(store, bj('2025-10-21 17:00'))).toMatchObject({ warned: 1 });
      expect(await runClockPass(store, bj('2025-10-22 17:00'))).toMatchObject({ overdue: 1 });
    });

    it('never looks at a stopped clock again', async () => {
      await start();
      await store.transaction((tx) => stopClock(tx, ID, bj('2025-10-10 11:00'), '已答复'));
      expect(await runClockPass(store, bj('2025-10-20 17:00'))).toMatchObject({ due: 0 });
      expect(await counts(store)).toEqual({ outbox: 0, inbox: 0, audit: 0, jobRuns: 0 });
    });

    it('recomputes open clocks when the admin closes a day, audits the move once, and checks at the new time', async () => {
      await start();
      const closed = createCalendar([{ date: '2025-10-13', working: false, note: '停电' }]);
      const by = { staffId: 'staff:admin', name: '赵某' };
      expect(await recomputeClocks(store, closed, bj('2025-10-10 12:00'), by)).toEqual({ examined: 1, moved: 1, failed: 0 });
      expect(await clock()).toMatchObject({ dueAt: bj('2025-10-15 17:00'), warnAt: bj('2025-10-14 17:00'), calendarVersion: closed.version });
      const audit = await all(store, 'audit');
      expect(audit).toEqual([expect.objectContaining({ action: 'deadline.recompute', actor: by, subject: 'complaint:c1' })]);
      expect(await recomputeClocks(store, closed, bj('2025-10-10 12:05'), by)).toEqual({ examined: 0, moved: 0, failed: 0 });

      expect(await runClockPass(store, bj('2025-10-14 17:00'))).toMatchObject({ warned: 1, overdue: 0 });
    });

    it('recomputes, on the next tick, a clock left on an older calendar (an interrupted recompute), then checks it', async () => {
      await start();
      await store.create('calendarOverrides', { _id: '2025-10-13', date: '2025-10-13', working: false, note: '停电', updatedAt: 0, updatedBy: '赵某' });
      const runtime = { store, sender: recorder(), templates: {} };
      const tick = await runTick(runtime, bj('2025-10-13 17:00'));
      expect(tick.recomputed).toEqual({ examined: 1, moved: 1, failed: 0 });
      expect(tick.clocks).toMatchObject({ due: 0 });
      expect(await clock()).toMatchObject({ dueAt: bj('2025-10-15 17:00'), nextCheckAt: bj('2025-10-14 17:00') });
      expect((await all(store, 'audit')).map((a) => [a.action, a.actor])).toEqual([['deadline.recompute', { kind: 'system' }]]);
      expect((await runTick(runtime, bj('2025-10-13 17:05'))).recomputed).toEqual({ examined: 0, moved: 0, failed: 0 });
    });

    it('gives every admin the 17:00 mailbox task on the 调休 Saturday 2026-10-10, once, though the timer fires again', async () => {
      const runtime = { store, sender: recorder(), templates: {} };
      expect((await runTick(runtime, bj('2026-10-10 16:55'))).jobs.complaintMailbox).toBe('not-due');
      expect((await runTick(runtime, bj('2026-10-10 17:00'))).jobs.complaintMailbox).toBe('ran');
      expect((await runTick(runtime, bj('2026-10-10 17:00'))).jobs.complaintMailbox).toBe('already');
      expect((await runTick(runtime, bj('2026-10-10 17:05'))).jobs.complaintMailbox).toBe('already');
      const mailbox = (await all<InboxDoc>(store, 'inbox')).filter((i) => i._id.startsWith('job:complaintMailbox:'));
      expect(mailbox.map((i) => [i.recipient, i.title])).toEqual([['staff:staff:admin', '开启大厅投诉意见箱，登记当天投诉信件']]);
      expect(await store.get('jobRuns', 'job:complaintMailbox:2026-10-10')).toMatchObject({ recipients: ['staff:admin'], ranAt: bj('2026-10-10 17:00') });
      expect(await store.get<OutboxDoc>('outbox', mailbox[0]._id)).toMatchObject({ state: 'undelivered', reason: 'no-template' });
    });

    it('gives no mailbox task on 2026-10-05, a National Day holiday', async () => {
      const runtime = { store, sender: recorder(), templates: {} };
      expect((await runTick(runtime, bj('2026-10-05 17:00'))).jobs.complaintMailbox).toBe('not-due');
      expect(await counts(store)).toEqual({ outbox: 0, inbox: 0, audit: 0, jobRuns: 0 });
    });

    it('runs a late 17:05 tick, but does not make up a missed day after midnight', async () => {
      const runtime = { store, sender: recorder(), templates: {} };
      expect((await runTick(runtime, bj('2026-10-09 17:05'))).jobs.complaintMailbox).toBe('ran');
      // down from 2026-10-12 morning until after midnight: 10-12's task is not given on 10-13
      expect((await runTick(runtime, bj('2026-10-13 00:05'))).jobs.complaintMailbox).toBe('not-due');
      const mailboxRuns = (await all(store, 'jobRuns')).filter((r) => r._id.startsWith('job:complaintMailbox:'));
      expect(mailboxRuns.map((r) => r._id)).toEqual(['job:complaintMailbox:2026-10-09']);
    });

    it('gives the archiving reminder from 9:00 on the first working day of November 2026, once in the month', async () => {
      const runtime = { store, sender: recorder(), templates: {} };
      expect((await runTick(runtime, bj('2026-11-02 08:55'))).jobs.consultationArchive).toBe('not-due');
      expect((await runTick(runtime, bj('2026-11-02 09:00'))).jobs.consultationArchive).toBe('ran');
      expect((await runTick(runtime, bj('2026-11-03 09:00'))).jobs.consultationArchive).toBe('already');
      const [task] = await all<InboxDoc>(store, 'inbox');
      expect(task).toMatchObject({ recipient: 'staff:staff:admin', title: '整理上月法律咨询（来访、来电）登记表并立卷归档' });
      expect(task.body).toContain('2026年10月');
    });

    it('makes up a missed archiving reminder later in the first week: 2026-10-08 and 09 missed, given on the 调休 Saturday 10-10', async () => {
      const runtime = { store, sender: recorder(), templates: {} };
      expect((await runTick(runtime, bj('2026-10-05 09:00'))).jobs.consultationArchive).toBe('not-due');
      expect((await runTick(runtime, bj('2026-10-10 09:00'))).jobs.consultationArchive).toBe('ran');
      expect((await all<InboxDoc>(store, 'inbox'))[0].body).toContain('2026年9月');
      expect((await runTick(runtime, bj('2026-10-13 09:00'))).jobs.consultationArchive).toBe('already');
      // the first week is five working days: 10-08, 09, 10 (调休), 12, 13
      expect((await runTick(runtime, bj('2026-10-14 09:00'))).jobs.consultationArchive).toBe('not-due');
    });

    it('sends again after a crash between send and mark: at least once, never lost, one consent used', async () => {
      const now = bj('2026-11-26 10:00');
      await store.transaction(async (tx) => {
        await addConsent(tx, 'o-resident', 'T-LATE', now);
        await enqueue(tx, { key: 'n1', recipient: { openid: 'o-resident' }, purpose: 'deadlineLate', title: '办理进度', body: '…' }, now);
      });
      const sender = recorder();
      const templates = { deadlineLate: 'T-LATE' };
      // the claim commits, the send happens, the process stops before the settle commits
      const crashed = await dispatchOutbox({ store: dyingAfter(store, 1), sender, templates }, now);
      expect(crashed.errors).toBe(1);
      expect(sender.sent).toHaveLength(1);
      expect(await store.get<OutboxDoc>('outbox', 'n1')).toMatchObject({ state: 'sending', attempts: 1 });

      expect(await dispatchOutbox({ store, sender, templates }, now + SENDING_LEASE_MS - 1)).toMatchObject({ sent: 0 });
      expect(await dispatchOutbox({ store, sender, templates }, now + SENDING_LEASE_MS)).toMatchObject({ sent: 1 });
      expect(sender.sent).toHaveLength(2);
      expect(await store.get<OutboxDoc>('outbox', 'n1')).toMatchObject({ state: 'sent', attempts: 2 });
      expect(await store.get('subscribeConsents', 'o-resident:T-LATE')).toMatchObject({ count: 0 });
      expect(await store.count('inbox')).toBe(1);
    });
  });
}
