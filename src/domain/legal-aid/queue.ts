/** Where applications without a running clock sort: after every real due time, oldest first. */
export const NO_DUE_OFFSET = 4_000_000_000_000_000;

/**
 * The staff queue's sort key (stored on the application, queried by index): green channel
 * first, then the earliest running due time (overdue ones are simply the earliest), then those
 * without one by receipt; followed by the id so the key is unique and pages by cursor.
 *
 * @example queueKeyOf(true, 1764122400000, 0, 'la_a') // '0|0001764122400000|la_a'
 * @example queueKeyOf(false, null, 5, 'la_b') // '1|4000000000000005|la_b'
 */
export function queueKeyOf(green: boolean, dueAt: number | null, receivedAt: number, id: string): string {
  const at = dueAt ?? NO_DUE_OFFSET + receivedAt;
  return `${green ? 0 : 1}|${String(at).padStart(16, '0')}|${id}`;
}

/**
 * The earliest due time among running clocks, with its purpose; null when none runs.
 * @example earliestDue([{ purpose: 'legalAid.decide', dueAt: 9, state: 'running' }, { purpose: 'legalAid.accept', dueAt: 5, state: 'stopped' }]) // { purpose: 'legalAid.decide', dueAt: 9 }
 */
export function earliestDue<P extends string>(clocks: readonly { purpose: P; dueAt: number | null; state: string }[]): { purpose: P; dueAt: number } | null {
  let best: { purpose: P; dueAt: number } | null = null;
  for (const c of clocks) if (c.state === 'running' && c.dueAt !== null && (!best || c.dueAt < best.dueAt)) best = { purpose: c.purpose, dueAt: c.dueAt };
  return best;
}

/**
 * Masks a 身份证号 for staff who do not handle the case: the first 3 and last 4 characters stay.
 * @example maskIdNumber('36012219500101123X') // '360***********123X'
 * @example maskIdNumber('12345') // '*2345'
 */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 7) return `${'*'.repeat(Math.max(0, s.length - 4))}${s.slice(-4)}`;
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

/**
 * Checks a second-generation 身份证号 (18 characters, ISO 7064 MOD 11-2 check character).
 * @example isIdNumber('11010519491231002X') // true
 * @example isIdNumber('110105194912310021') // false
 */
export function isIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}
