import type { CallbackReason, RatingLevel } from '../../shared/ratings';

/**
 * Rule 十二(四): a rating of 基本满意 or 不满意 must be called back (100 %); 满意 need not.
 * @example ratingNeedsCallback('basic') // true
 * @example ratingNeedsCallback('satisfied') // false
 */
export function ratingNeedsCallback(level: RatingLevel): boolean {
  return level === 'basic' || level === 'unsatisfied';
}

/** What is known about a completed item when deciding on a callback. */
export interface CallbackFacts {
  /** Its rating, when it has one. */
  level?: RatingLevel | null;
  /** A major case (a complaint marked major, rule 八(六)). */
  major?: boolean;
  /** Chosen by the monthly draw. */
  sampled?: boolean;
}

/**
 * Every reason an item is owed a callback, in a fixed order; empty when none.
 * @example callbackReasons({ level: 'unsatisfied', major: true }) // ['rating', 'major']
 * @example callbackReasons({ level: 'satisfied' }) // []
 */
export function callbackReasons(facts: CallbackFacts): CallbackReason[] {
  const out: CallbackReason[] = [];
  if (facts.level && ratingNeedsCallback(facts.level)) out.push('rating');
  if (facts.major) out.push('major');
  if (facts.sampled) out.push('sample');
  return out;
}

/**
 * True when any reason is mandatory (everything but the sample).
 * @example isMandatory(['sample']) // false
 * @example isMandatory(['sample', 'major']) // true
 */
export function isMandatory(reasons: readonly CallbackReason[]): boolean {
  return reasons.some((r) => r !== 'sample');
}

/**
 * Reasons after adding `more`, without repeats, in the fixed order rating, major, sample.
 * @example mergeReasons(['sample'], ['rating']) // ['rating', 'sample']
 */
export function mergeReasons(have: readonly CallbackReason[], more: readonly CallbackReason[]): CallbackReason[] {
  const all = new Set([...have, ...more]);
  return (['rating', 'major', 'sample'] as const).filter((r) => all.has(r));
}

/**
 * Rule 十二(五): the monthly draw is over hotline (phone) and online tickets.
 * @example isSampleChannel('phone') // true
 * @example isSampleChannel('walkIn') // false
 */
export function isSampleChannel(channel: string): boolean {
  return channel === 'phone' || channel === 'online';
}

/**
 * Whether a task is overdue at `now`: open past its due time, or done after it.
 * @example isOverdue({ dueAt: 10, doneAt: null }, 11) // true
 * @example isOverdue({ dueAt: 10, doneAt: 9 }, 99) // false
 */
export function isOverdue(task: { dueAt: number | null; doneAt: number | null }, now: number): boolean {
  if (task.dueAt === null) return false;
  return task.doneAt === null ? now > task.dueAt : task.doneAt > task.dueAt;
}
