import type { RatingLevel, RatingSource } from '../../shared/ratings';

/**
 * Running counters of one month × staff member × type, stored and changed in the same
 * transaction as the thing they count (Zammad style: stored, not recomputed), so the monthly
 * table reads a handful of documents whatever the number of tickets.
 */
export interface Tally {
  completed: number;
  /** Completed hotline/online tickets: the sampling population. */
  eligible: number;
  /** Ratings given by the person served (or recorded for them by someone who did not serve them). */
  ratings: Record<RatingLevel, number>;
  /** 本人登记: ratings staff recorded for a service they handled themselves — counted apart, not in `ratings`. */
  selfRecorded: Record<RatingLevel, number>;
  bySource: Record<RatingSource, number>;
  callbacksDue: number;
  callbacksDone: number;
  /** Done after their due time (open overdue ones are counted when the table is read). */
  callbacksDoneLate: number;
  mandatoryDue: number;
  mandatoryDone: number;
  sampleDrawn: number;
  sampleDone: number;
}

/** A change to a tally: each field is added. */
export type TallyDelta = Partial<{
  completed: number;
  eligible: number;
  rating: { level: RatingLevel; source: RatingSource; selfRecorded?: boolean };
  callbacksDue: number;
  callbacksDone: number;
  callbacksDoneLate: number;
  mandatoryDue: number;
  mandatoryDone: number;
  sampleDrawn: number;
  sampleDone: number;
}>;

/** @example emptyTally().completed // 0 */
export function emptyTally(): Tally {
  return {
    completed: 0, eligible: 0,
    ratings: { satisfied: 0, basic: 0, unsatisfied: 0 },
    selfRecorded: { satisfied: 0, basic: 0, unsatisfied: 0 },
    bySource: { miniProgram: 0, windowDevice: 0, phone: 0 },
    callbacksDue: 0, callbacksDone: 0, callbacksDoneLate: 0,
    mandatoryDue: 0, mandatoryDone: 0, sampleDrawn: 0, sampleDone: 0,
  };
}

const PLAIN = ['completed', 'eligible', 'callbacksDue', 'callbacksDone', 'callbacksDoneLate', 'mandatoryDue', 'mandatoryDone', 'sampleDrawn', 'sampleDone'] as const;

/**
 * A new tally with `delta` added (the input is not changed).
 * @example applyDelta(emptyTally(), { completed: 1, rating: { level: 'basic', source: 'phone' } }).ratings.basic // 1
 */
export function applyDelta(tally: Tally, delta: TallyDelta): Tally {
  const out = addTallies(emptyTally(), tally);
  for (const key of PLAIN) out[key] += delta[key] ?? 0;
  if (delta.rating) {
    (delta.rating.selfRecorded ? out.selfRecorded : out.ratings)[delta.rating.level] += 1;
    out.bySource[delta.rating.source] += 1;
  }
  return out;
}

/**
 * Field-by-field sum of tallies (for totals, and to merge rows).
 * @example addTallies(applyDelta(emptyTally(), { completed: 2 }), applyDelta(emptyTally(), { completed: 3 })).completed // 5
 */
export function addTallies(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const key of PLAIN) out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  for (const l of Object.keys(out.ratings) as RatingLevel[]) {
    out.ratings[l] = (a.ratings?.[l] ?? 0) + (b.ratings?.[l] ?? 0);
    // Tallies stored before issue 9 have no `selfRecorded`.
    out.selfRecorded[l] = (a.selfRecorded?.[l] ?? 0) + (b.selfRecorded?.[l] ?? 0);
  }
  for (const s of Object.keys(out.bySource) as RatingSource[]) out.bySource[s] = (a.bySource?.[s] ?? 0) + (b.bySource?.[s] ?? 0);
  return out;
}

/**
 * done / due, or null when nothing was due.
 * @example rateOf(3, 4) // 0.75
 * @example rateOf(0, 0) // null
 */
export function rateOf(done: number, due: number): number | null {
  return due === 0 ? null : done / due;
}
