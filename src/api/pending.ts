/**
 * One shared "waiting on the network" state: every function call, upload and page load a tap
 * starts is counted here from the moment it starts, so the screen can say 「正在连接」 at once
 * (src/ui/pending-indicator.ts) instead of leaving a resident on a weak network wondering whether
 * the tap worked.
 */
type Listener = (busy: boolean) => void;

let count = 0;
const listeners = new Set<Listener>();

function set(delta: 1 | -1): void {
  const was = count > 0;
  count = Math.max(0, count + delta);
  if (was !== count > 0) for (const l of listeners) l(count > 0);
}

/**
 * Counts `work` as pending from now (synchronously) until it settles, and gives it back.
 * @example await trackPending(fetch('/api/fn/info', …))
 */
export function trackPending<T>(work: Promise<T>): Promise<T> {
  set(1);
  return work.finally(() => set(-1));
}

/**
 * Calls `listener(true)` when the first network wait starts and `listener(false)` when the last
 * one ends; returns the unsubscribe function.
 * @example const stop = onPending((busy) => bar.hidden = !busy);
 */
export function onPending(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether anything is waiting on the network right now. */
export const isPending = (): boolean => count > 0;
