import type { WalkPayloads } from '../walk-types';

/** `scheduler`: the timer's tick (a person calling it is refused). */
export const payloads: WalkPayloads = {
  tick: () => ({}),
};
