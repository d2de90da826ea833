/** Deepest nesting an event may have; the deepest real input (content lists) is under 6. */
export const MAX_EVENT_DEPTH = 32;

/**
 * True when `value` nests objects or arrays deeper than `max` levels. Walks with its own stack,
 * never recursion, so a body nested 5,000 levels deep is measured, not a stack overflow.
 *
 * @example
 * nestedDeeperThan({ a: [1, { b: 2 }] }, 3) // false
 * nestedDeeperThan(JSON.parse('['.repeat(100) + ']'.repeat(100)), 32) // true
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
