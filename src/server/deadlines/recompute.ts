import type { Calendar } from '../../domain/calendar';
import type { Store, Tx } from '../ports/store';
import type { AuditActor, AuditEvent } from '../content/audit';
import { createOnce } from '../outbox/create-once';
import type { ClockDoc } from './clock-doc';
import { computeFields } from './compute';

/**
 * Records that keep a copy of their clock's due time (a ticket sorts its inbox by it) name a
 * follower per subject type; it runs in the same transaction as the clock's move.
 */
export type ClockFollowers = Record<string, (tx: Tx, clock: ClockDoc, now: number) => Promise<void>>;

export interface RecomputeSummary {
  /** Clocks computed with another calendar version that were looked at. */
  examined: number;
  /** Clocks whose due or warning time moved (each audited). */
  moved: number;
  /** Clocks that could not be written this time (left for the next call). */
  failed: number;
}

const PAGE = 200;

/**
 * After the admin changes the calendar (an override, a new year's notice): every open clock
 * computed with another calendar version is computed again with `calendar`, and each one whose
 * times move gets an audit event `deadline.recompute` (from/to due time, by `by`). Provisional
 * clocks are covered: a provisional answer can only change when the data or the overrides
 * change, and either changes the version. Selected by the `(state, calendarVersion)` index —
 * open clocks only, so the cost follows open clocks, not every clock ever started — a page at a
 * time, with an `_id` cursor. Each clock's new times and its audit event commit in one
 * transaction, so calling it again after a crash finishes the rest and repeats nothing.
 *
 * @example
 * // after setCalendarOverride / removeCalendarOverride succeeded:
 * await recomputeClocks(store, await loadCalendar(store), now, auditActor(ctx.actor));
 */
export async function recomputeClocks(
  store: Store,
  calendar: Calendar,
  now: number,
  by: AuditActor = { kind: 'system' },
  followers: ClockFollowers = {},
): Promise<RecomputeSummary> {
  const summary: RecomputeSummary = { examined: 0, moved: 0, failed: 0 };
  for (const state of ['running', 'paused'] as const) {
    let after = '';
    for (;;) {
      const page = await store.find<ClockDoc>('clocks', {
        where: { state, calendarVersion: { $ne: calendar.version }, _id: { $gt: after } },
        orderBy: [['_id', 'asc']],
        limit: PAGE,
      });
      for (const clock of page) {
        summary.examined++;
        try {
          if (await store.transaction((tx) => recomputeOne(tx, clock._id, calendar, now, by, followers))) summary.moved++;
        } catch (err) {
          summary.failed++;
          console.error('[deadlines] recompute failed', clock._id, err);
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]._id;
    }
  }
  return summary;
}

/** Recomputes one clock in its own transaction; true when its times moved. */
async function recomputeOne(
  tx: Tx, id: string, calendar: Calendar, now: number, by: AuditActor, followers: ClockFollowers,
): Promise<boolean> {
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (!clock || clock.state === 'stopped' || clock.calendarVersion === calendar.version) return false;
  const fields = computeFields(clock, calendar, now);
  const moved: ClockDoc = { ...clock, ...fields, updatedAt: now };
  await tx.put('clocks', moved);
  if (fields.dueAt === clock.dueAt && fields.warnAt === clock.warnAt) return false;
  await followers[clock.subjectType]?.(tx, moved, now);
  const event: AuditEvent = {
    _id: `audit:${id}:recompute:${calendar.version}:${now}`,
    at: now,
    actor: by,
    subject: clock.subject,
    action: 'deadline.recompute',
    from: { dueAt: clock.dueAt, warnAt: clock.warnAt, calendarVersion: clock.calendarVersion, provisional: clock.provisional },
    to: { dueAt: fields.dueAt, warnAt: fields.warnAt, calendarVersion: fields.calendarVersion, provisional: fields.provisional },
    why: '工作日历调整，办理时限重新计算',
    clockId: id,
    purpose: clock.purpose,
  };
  await createOnce(tx, 'audit', event);
  return true;
}
