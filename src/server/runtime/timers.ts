import { Cron } from 'croner';
import { invoke } from '../core/invoke';
import type { FunctionDef, Runtime } from '../core/define';
import type { FnResult } from '../core/result';
import { toCronerPattern, TIMER_TIMEZONE } from './cron';

/** Starts `tick` on a 6-field cron pattern in a time zone; returns how to stop it. */
export type Schedule = (pattern: string, timezone: string, tick: () => Promise<void>) => { stop(): void };

/**
 * The real schedule: croner, with overlapping runs skipped (`protect`) so a slow tick is never
 * doubled in-process. The scheduler's actions are idempotent anyway, as CloudBase timers may
 * fire twice.
 */
export const cronerSchedule: Schedule = (pattern, timezone, tick) =>
  new Cron(pattern, { timezone, protect: true, catch: true }, tick);

export interface TimerHandle {
  /** Names of the functions that got a timer. */
  readonly scheduled: string[];
  /** Runs every timer's action once now, one after the other, as the schedule would. */
  runNow(): Promise<void>;
  stop(): void;
}

/**
 * Runs every function's timer in-process on the embedded runtime, exactly as a CloudBase timer
 * trigger would: the timer's action, invoked as `system` (`{ openid: null, trigger: true }`).
 *
 * @example
 * const timers = scheduleTimers(functions, runtime);
 * // … on shutdown
 * timers.stop();
 */
export function scheduleTimers(
  functions: readonly FunctionDef[],
  runtime: Runtime,
  options: { schedule?: Schedule; onResult?: (fn: FunctionDef, result: FnResult) => void } = {},
): TimerHandle {
  const schedule = options.schedule ?? cronerSchedule;
  const onResult = options.onResult ?? logFailure;
  const jobs = functions
    .filter((fn) => fn.timer)
    .map((fn) => {
      const timer = fn.timer!;
      const tick = async () => {
        onResult(fn, await invoke(fn, { action: timer.action }, { openid: null, trigger: true }, runtime));
      };
      return { name: fn.name, tick, job: schedule(toCronerPattern(timer.cron), TIMER_TIMEZONE, tick) };
    });
  return {
    scheduled: jobs.map((j) => j.name),
    runNow: async () => {
      for (const j of jobs) await j.tick();
    },
    stop: () => jobs.forEach((j) => j.job.stop()),
  };
}

function logFailure(fn: FunctionDef, result: FnResult): void {
  if (!result.ok) console.error(`[timer ${fn.name}.${fn.timer?.action}] ${result.error.code}: ${result.error.message}`);
}
