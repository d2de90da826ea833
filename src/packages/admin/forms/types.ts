import type { ApiError } from '../../../api/types';

/** What every content form receives. */
export interface FormProps<T> {
  value: T;
  onChange: (value: T) => void;
  error?: ApiError;
}

/**
 * A copy of an array with one element replaced.
 * @example replaceAt([1, 2, 3], 1, 9) // [1, 9, 3]
 */
export function replaceAt<T>(list: T[], i: number, item: T): T[] {
  return list.map((x, j) => (j === i ? item : x));
}

/** A copy of an array without one element. */
export function removeAt<T>(list: T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
