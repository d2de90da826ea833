import type { ClockDoc } from './clock-doc';

type CheckFields = Pick<ClockDoc, 'state' | 'dueAt' | 'warnAt' | 'warnedAt' | 'overdueAt'>;

/**
 * When the scheduler must next look at a clock: the earliest of the warning (if not yet given)
 * and the due time (if not yet marked overdue); null when stopped, paused or nothing is left.
 *
 * @example
 * nextCheckAtOf({ state: 'running', warnAt: 100, dueAt: 200, warnedAt: null, overdueAt: null }) // 100
 * nextCheckAtOf({ state: 'running', warnAt: 100, dueAt: 200, warnedAt: 150, overdueAt: null }) // 200
 * nextCheckAtOf({ state: 'paused', warnAt: null, dueAt: null, warnedAt: null, overdueAt: null }) // null
 */
export function nextCheckAtOf(c: CheckFields): number | null {
  if (c.state !== 'running') return null;
  const pending: number[] = [];
  if (c.warnAt !== null && c.warnedAt === null) pending.push(c.warnAt);
  if (c.dueAt !== null && c.overdueAt === null) pending.push(c.dueAt);
  return pending.length ? Math.min(...pending) : null;
}

/** Which checks have come due on a running clock at `now`. */
export type DueCheck = 'warn' | 'overdue';

/**
 * The check the scheduler performs at `now`: overdue wins over a warning that was never given
 * (the pass was late, or the clock was started with little time left), so a person gets one
 * message, not two.
 *
 * @example
 * dueCheckAt({ state: 'running', warnAt: 100, dueAt: 200, warnedAt: null, overdueAt: null }, 150) // 'warn'
 * dueCheckAt({ state: 'running', warnAt: 100, dueAt: 200, warnedAt: null, overdueAt: null }, 250) // 'overdue'
 */
export function dueCheckAt(c: CheckFields, now: number): DueCheck | null {
  if (c.state !== 'running') return null;
  if (c.dueAt !== null && c.overdueAt === null && c.dueAt <= now) return 'overdue';
  if (c.warnAt !== null && c.warnedAt === null && c.warnAt <= now) return 'warn';
  return null;
}
