import type { Runtime } from '../core/define';
import { loadCalendar } from '../deadlines/calendar-source';
import { recomputeClocks, type RecomputeSummary } from '../deadlines/recompute';
import { dispatchOutbox, type DispatchSummary } from '../outbox/dispatch';
import { runClockPass, type ClockPassSummary } from './clock-pass';
import { runDailyJobs, type JobOutcome } from './run-jobs';
import { clockFollowers } from './clock-followers';

export interface TickSummary {
  recomputed: RecomputeSummary;
  clocks: ClockPassSummary;
  jobs: Record<string, JobOutcome>;
  outbox: DispatchSummary;
}

/**
 * Everything the scheduler's single timer does (CloudBase allows one trigger per function, so
 * one 5-minute timer drives all of it): open clocks still on an older calendar are recomputed
 * (a safety net: the admin's calendar change recomputes them at once, unless interrupted), then
 * the deadline clock pass, the daily jobs that are due and not yet done, and the outbox
 * dispatch — last, so what the others wrote goes out in the same tick. Each part is idempotent, so a timer that fires twice or two overlapping ticks do
 * nothing twice.
 *
 * @example
 * await runTick(runtime, Date.parse('2026-10-10T17:05:00+08:00'))
 * // { recomputed: { examined: 0, … }, clocks: { due: 0, … }, jobs: { complaintMailbox: 'ran', … }, outbox: { sent: 0, undelivered: 1, … } }
 */
export async function runTick(runtime: Pick<Runtime, 'store' | 'sender' | 'templates' | 'files' | 'reportStorage'>, now: number): Promise<TickSummary> {
  const calendar = await loadCalendar(runtime.store);
  const recomputed = await recomputeClocks(runtime.store, calendar, now, { kind: 'system' }, clockFollowers);
  const clocks = await runClockPass(runtime.store, now);
  const jobs = await runDailyJobs(runtime.store, calendar, now, runtime.files, runtime.reportStorage);
  const outbox = await dispatchOutbox(runtime, now);
  return { recomputed, clocks, jobs, outbox };
}
