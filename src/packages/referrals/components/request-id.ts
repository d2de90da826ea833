/**
 * A fresh request id (8–64 of [A-Za-z0-9_-]) made once per form, so a retried tap writes once.
 * @example newRequestId() // 'r-lq3k9z-4f8a2c1d9x0b'
 */
export function newRequestId(random: () => number = Math.random, now: number = Date.now()): string {
  let tail = '';
  for (let i = 0; i < 12; i += 1) tail += Math.floor(random() * 36).toString(36);
  return `r-${now.toString(36)}-${tail}`;
}
