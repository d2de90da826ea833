/** The time source. Production uses the wall clock; tests pass a fixed one. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** @example fixedClock(Date.parse('2026-10-10T09:30:00+08:00')) */
export const fixedClock = (ms: number): Clock => ({ now: () => ms });
