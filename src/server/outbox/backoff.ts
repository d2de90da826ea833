/** Minutes to wait after the 1st, 2nd, 3rd and 4th failed send; the 5th failure gives up. */
export const BACKOFF_MINUTES = [1, 5, 30, 120] as const;

/** Sends tried before a retryable failure becomes 'failed'. */
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1;

/** How long a claim ('sending') is trusted before another dispatcher sends again. */
export const SENDING_LEASE_MS = 10 * 60 * 1000;

/**
 * When to try again after `attempts` sends have failed, or null to give up.
 *
 * @example retryAt(1, 0) // 60000 (1 minute)
 * @example retryAt(4, 0) // 7200000 (120 minutes)
 * @example retryAt(5, 0) // null
 */
export function retryAt(attempts: number, now: number): number | null {
  const minutes = BACKOFF_MINUTES[attempts - 1];
  return minutes === undefined ? null : now + minutes * 60_000;
}
