import { AppError } from '../../core/errors';

/** What a person reads when the database stayed locked: nothing was saved, try again. */
export const BUSY_MESSAGE = '系统正忙，刚才的操作没有保存，请稍等几秒再试一次';

/** How long a write keeps retrying a locked database before it answers BUSY, and its first pause. */
export interface BusyPolicy {
  /** Total time to keep trying, ms. */
  budgetMs: number;
  /** First pause, ms; each next pause doubles, up to `maxPauseMs`. */
  firstPauseMs: number;
  maxPauseMs: number;
}

export const DEFAULT_BUSY_POLICY: BusyPolicy = { budgetMs: 3000, firstPauseMs: 5, maxPauseMs: 200 };

/**
 * True for SQLite's "another connection holds the lock" errors (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT,
 * SQLITE_LOCKED …), which mean nothing was done and the same step may be tried again.
 *
 * @example
 * isSqliteBusy(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })) // true
 */
export function isSqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs `attempt` until it does not fail with a locked database, pausing between tries with
 * `setTimeout` (doubling, with jitter) so the event loop keeps answering other requests; after
 * `policy.budgetMs` it throws AppError BUSY. Only for attempts that did nothing when they failed
 * busy (a statement, or a BEGIN before its callback ran).
 *
 * @example
 * await retryWhileBusy(() => lock.run(() => ops.put('staff', doc)));
 */
export async function retryWhileBusy<R>(attempt: () => Promise<R>, policy: BusyPolicy = DEFAULT_BUSY_POLICY): Promise<R> {
  const started = Date.now();
  let pause = policy.firstPauseMs;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (!isSqliteBusy(err)) throw err;
      const left = policy.budgetMs - (Date.now() - started);
      if (left <= 0) throw new AppError('BUSY', BUSY_MESSAGE);
      const wait = Math.min(left, pause * (0.5 + Math.random()));
      await new Promise((r) => setTimeout(r, wait));
      pause = Math.min(policy.maxPauseMs, pause * 2);
    }
  }
}
