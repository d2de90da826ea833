import type { Store, Tx } from '../ports/store';
import type { AuditEvent } from '../content/audit';
import type { ClockDoc } from '../deadlines/clock-doc';
import { dueCheckAt, nextCheckAtOf, type DueCheck } from '../deadlines/next-check';
import { createOnce } from '../outbox/create-once';
import { enqueue } from '../outbox/enqueue';
import { clockNotifications } from './clock-messages';
import { matterOf } from './clock-matters';
import { openLateResultCall } from '../result-calls/late';
import { clockOverdueFollowers } from './clock-followers';

export type CheckOutcome = DueCheck | 'none';

/** The audit event of an escalation; its id makes it once per clock and due time. */
function escalationEvent(clock: ClockDoc, now: number, notified: string[]): AuditEvent {
  return {
    _id: `audit:${clock._id}:escalate:${clock.dueAt}`,
    at: now,
    actor: { kind: 'system' },
    subject: clock.subject,
    action: 'escalate',
    from: { dueAt: clock.dueAt, overdue: false },
    to: { overdue: true, notified },
    why: `「${clock.title}」超过办理时限`,
    clockId: clock._id,
    purpose: clock.purpose,
  };
}

/**
 * Checks one clock in ONE transaction (by id, as CloudBase allows): re-reads it, decides what
 * has come due at `now`, marks it (warnedAt / overdueAt), moves `nextCheckAt` on, and writes the
 * notifications (and, when overdue, the escalation audit event) with dedupe ids. A second or
 * concurrent run re-reads the marked clock and does nothing; even a stale read would only meet
 * existing ids. A clock whose `nextCheckAt` disagrees with its state is repaired, so the pass
 * never meets it again.
 *
 * @example
 * await checkClock(store, 'complaint:c1:complaint.answer', now, { directorIds: ['staff:director'] }) // 'overdue'
 */
export async function checkClock(store: Store, id: string, now: number, who: { directorIds: string[]; adminIds?: string[] }): Promise<CheckOutcome> {
  return store.transaction((tx) => checkInTx(tx, id, now, who));
}

async function checkInTx(tx: Tx, id: string, now: number, who: { directorIds: string[]; adminIds?: string[] }): Promise<CheckOutcome> {
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (!clock) return 'none';
  const check = dueCheckAt(clock, now);
  if (!check) {
    const next = nextCheckAtOf(clock);
    if (next !== clock.nextCheckAt) await tx.update('clocks', id, { nextCheckAt: next });
    return 'none';
  }
  const marked: ClockDoc = {
    ...clock,
    warnedAt: clock.warnedAt ?? now,
    overdueAt: check === 'overdue' ? now : clock.overdueAt,
    updatedAt: now,
  };
  marked.nextCheckAt = nextCheckAtOf(marked);
  await tx.put('clocks', marked);
  const responsible = clock.responsibleStaffId ? await tx.get<{ _id: string; name?: string }>('staff', clock.responsibleStaffId) : null;
  const notes = clockNotifications(clock, check, { ...who, responsibleName: responsible?.name, matter: await matterOf(tx, clock) });
  for (const n of notes) await enqueue(tx, n, now);
  if (check === 'overdue') await createOnce(tx, 'audit', escalationEvent(clock, now, notes.map((n) => n.key)));
  if (check === 'overdue') await openLateResultCall(tx, clock, now); // issue 9 §5: a walk-in/phone/letter contact is told it runs late
  if (check === 'overdue') await clockOverdueFollowers[clock.subjectType]?.(tx, clock, now, who.directorIds, who.adminIds ?? []); // issue 11: owed materials run out; issue 14: a late report reaches the admins
  return check;
}
