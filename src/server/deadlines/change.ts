import type { Calendar } from '../../domain/calendar';
import type { Tx } from '../ports/store';
import { ok, fail, type FnResult } from '../core/result';
import type { ClockDoc } from './clock-doc';
import { computeFields } from './compute';
import { nextClockState, type ClockEvent } from './transitions';

/** Loads a clock and checks the transition table; the error result when either fails. */
async function loadFor(tx: Tx, id: string, event: ClockEvent): Promise<FnResult<ClockDoc>> {
  const clock = await tx.get<ClockDoc>('clocks', id);
  if (!clock) return fail({ code: 'NOT_FOUND', message: '没有找到这项办理时限' });
  if (!nextClockState(clock.state, event)) {
    return fail({ code: 'CONFLICT', message: `这项办理时限当前${STATE_WORDS[clock.state]}，不能${EVENT_WORDS[event]}` });
  }
  return ok(clock);
}

const STATE_WORDS = { running: '正在计时', paused: '已暂停', stopped: '已结束' } as const;
const EVENT_WORDS = { pause: '暂停', resume: '恢复计时', stop: '结束' } as const;

/** Writes the changed clock and answers it. */
async function save(tx: Tx, clock: ClockDoc): Promise<FnResult<ClockDoc>> {
  await tx.put('clocks', clock);
  return ok(clock);
}

/**
 * Stops counting while the office waits for the resident (补充材料): the time until
 * {@link resumeClock} is not counted, and the scheduler ignores the clock meanwhile.
 *
 * @example await store.transaction((tx) => pauseClock(tx, id, now, calendar))
 */
export async function pauseClock(tx: Tx, id: string, at: number, calendar: Calendar): Promise<FnResult<ClockDoc>> {
  const loaded = await loadFor(tx, id, 'pause');
  if (!loaded.ok) return loaded;
  const paused = { ...loaded.data, state: 'paused' as const, pauses: [...loaded.data.pauses, { from: at }], updatedAt: at };
  return save(tx, { ...paused, ...computeFields(paused, calendar, at) });
}

/**
 * Resumes a paused clock: the pause is closed at `at` and the due time moves later by the time
 * not counted, computed again on the calendar.
 *
 * @example await store.transaction((tx) => resumeClock(tx, id, now, calendar))
 */
export async function resumeClock(tx: Tx, id: string, at: number, calendar: Calendar): Promise<FnResult<ClockDoc>> {
  const loaded = await loadFor(tx, id, 'resume');
  if (!loaded.ok) return loaded;
  const pauses = loaded.data.pauses.map((p, i, all) => (i === all.length - 1 && p.to === undefined ? { ...p, to: at } : p));
  const running = { ...loaded.data, state: 'running' as const, pauses, updatedAt: at };
  return save(tx, { ...running, ...computeFields(running, calendar, at) });
}

/**
 * Ends a clock when the work is done (answered, decided, withdrawn): nothing more is checked.
 * The due time and flags stay as a record of whether the promise was kept, and `onTime` says it
 * (stopped by the due instant; null without one) so reports can count kept promises (issue 14).
 *
 * @example await store.transaction((tx) => stopClock(tx, id, now, '已答复'))
 */
export async function stopClock(tx: Tx, id: string, at: number, reason?: string): Promise<FnResult<ClockDoc>> {
  const loaded = await loadFor(tx, id, 'stop');
  if (!loaded.ok) return loaded;
  const pauses = loaded.data.pauses.map((p) => (p.to === undefined ? { ...p, to: at } : p));
  const onTime = loaded.data.dueAt === null ? null : at <= loaded.data.dueAt;
  const stopped: ClockDoc = { ...loaded.data, state: 'stopped', pauses, nextCheckAt: null, stoppedAt: at, onTime, updatedAt: at };
  return save(tx, reason ? { ...stopped, stopReason: reason } : stopped);
}
