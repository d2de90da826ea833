/** Runs async functions one at a time, in call order. */
export interface Mutex {
  run<R>(fn: () => Promise<R> | R): Promise<R>;
}

/**
 * A first-come-first-served async lock. better-sqlite3 is synchronous, but a transaction's
 * callback awaits between its steps; the lock keeps every other operation of the store out
 * until that transaction has committed or rolled back.
 *
 * @example
 * const lock = createMutex();
 * await lock.run(async () => { ... }); // runs alone
 */
export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<R>(fn: () => Promise<R> | R): Promise<R> {
      const result = tail.then(() => fn());
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
  };
}
