import { MAX_PAGE, type Store } from '../ports/store';
import type { ClockDoc } from '../deadlines/clock-doc';
import { checkClock } from './check-clock';
import { staffWithRole } from './staff-with-role';

export interface ClockPassSummary {
  /** Clocks the index returned as due. */
  due: number;
  warned: number;
  overdue: number;
  /** Due clocks another pass had already handled (or that were repaired). */
  unchanged: number;
  /** Clocks whose transaction failed; they stay due for the next pass. */
  failed: number;
}

/** Clocks handled per pass at most, so one timer call stays inside the function's time limit. */
export const CLOCK_PASS_LIMIT = 5000;

/**
 * One scheduler pass over deadline clocks: selects `nextCheckAt <= now` by its index, earliest
 * first, a page (≤ 1000, CloudBase's limit) at a time, and checks each in its own transaction.
 * Handled clocks leave the selection (their `nextCheckAt` moves on), so the next page is read
 * from the start again; the pass ends when nothing due is left but clocks that failed in this
 * pass, or after `limit` clocks. Its cost follows the number of due clocks, not of records.
 *
 * @example
 * await runClockPass(store, Date.parse('2026-10-09T17:00:00+08:00')) // { due: 3, warned: 2, overdue: 1, … }
 */
export async function runClockPass(store: Store, now: number, limit = CLOCK_PASS_LIMIT): Promise<ClockPassSummary> {
  const summary: ClockPassSummary = { due: 0, warned: 0, overdue: 0, unchanged: 0, failed: 0 };
  let directorIds: string[] | undefined;
  let adminIds: string[] | undefined;
  const failed = new Set<string>();
  while (summary.due < limit) {
    const page = await store.find<ClockDoc>('clocks', {
      where: { nextCheckAt: { $lte: now } },
      orderBy: [['nextCheckAt', 'asc']],
      limit: Math.min(MAX_PAGE, limit - summary.due),
    });
    const fresh = page.filter((c) => !failed.has(c._id));
    if (fresh.length === 0) break;
    directorIds ??= (await staffWithRole(store, 'director')).map((s) => s._id);
    adminIds ??= (await staffWithRole(store, 'admin')).map((s) => s._id);
    for (const clock of fresh) {
      summary.due++;
      try {
        const outcome = await checkClock(store, clock._id, now, { directorIds, adminIds });
        if (outcome === 'warn') summary.warned++;
        else if (outcome === 'overdue') summary.overdue++;
        else summary.unchanged++;
      } catch (err) {
        summary.failed++;
        failed.add(clock._id);
        console.error('[scheduler] clock check failed', clock._id, err);
      }
    }
  }
  return summary;
}
