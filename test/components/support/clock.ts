import { act } from '@testing-library/react';
import { __reset } from '../doubles/taro';

/**
 * Runs each test of the file with fresh Taro doubles and jest's fake timers, the clock set to
 * `iso` (a Beijing instant by default: Thursday 2026-11-26 10:00).
 *
 * @example
 * atFixedTime('2026-10-05T10:00:00+08:00');
 */
export function atFixedTime(iso = '2026-11-26T10:00:00+08:00'): void {
  beforeEach(() => {
    __reset();
    jest.useFakeTimers();
    jest.setSystemTime(Date.parse(iso));
  });
  afterEach(() => jest.useRealTimers());
}

/** Lets pending calls, retries and re-renders finish (fake timers advance by `ms`). */
export async function settle(ms = 2000): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}
