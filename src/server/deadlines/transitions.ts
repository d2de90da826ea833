import type { ClockState } from './clock-doc';

export type ClockEvent = 'pause' | 'resume' | 'stop';

/**
 * Every allowed change of a clock's state. Anything not listed is refused:
 *
 * | from    | pause  | resume  | stop    |
 * |---------|--------|---------|---------|
 * | running | paused | —       | stopped |
 * | paused  | —      | running | stopped |
 * | stopped | —      | —       | —       |
 *
 * Warned and overdue are flags on a running clock, set by the scheduler, not states.
 */
export const clockTransitions: Record<ClockState, Partial<Record<ClockEvent, ClockState>>> = {
  running: { pause: 'paused', stop: 'stopped' },
  paused: { resume: 'running', stop: 'stopped' },
  stopped: {},
};

/**
 * The state after `event`, or null when the table does not allow it.
 * @example nextClockState('paused', 'resume') // 'running'
 * @example nextClockState('stopped', 'resume') // null
 */
export function nextClockState(from: ClockState, event: ClockEvent): ClockState | null {
  return clockTransitions[from][event] ?? null;
}
