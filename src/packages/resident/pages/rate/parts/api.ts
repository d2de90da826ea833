import { callFunction } from '../../../../../api/call';
import type { ApiResult } from '../../../../../api/types';
import type {
  RateResult, RatingAspect, RatingLevel, RatingRequestView, RatingSubject, RatingView,
} from '../../../../../shared/ratings';

const ratings = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('ratings', { action, ...payload });

/** The rating page's item and its rating (null when not rated yet). NOT_FOUND for someone else's. */
export const forSubject = (subject: RatingSubject) =>
  ratings<{ request: RatingRequestView; rating: RatingView | null }>('forSubject', { subject });

/** What the resident sends with `ratings.rate`. */
export interface RateInput {
  subject: RatingSubject;
  level: RatingLevel;
  aspects: RatingAspect[];
  comment: string;
  requestId: string;
}

/**
 * Rates a completed item once; the same requestId again answers the first rating.
 * Empty aspects and comment are left out.
 * @example await rate({ subject, level: 'unsatisfied', aspects: ['speed'], comment: '', requestId })
 */
export function rate(input: RateInput): Promise<ApiResult<RateResult>> {
  const { aspects, comment, ...rest } = input;
  return ratings('rate', { ...rest, ...(aspects.length ? { aspects } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
}

/** Appends a follow-up comment; the rating itself never changes. */
export const addComment = (ratingId: string, text: string, requestId?: string) =>
  ratings<{ rating: RatingView }>('addComment', { ratingId, text: text.trim(), ...(requestId ? { requestId } : {}) });
/** My completed items still waiting for a rating, newest first. */
export const pendingRatings = () => ratings<{ items: RatingRequestView[] }>('pending');
/** My ratings, newest first. */
export const myRatings = () => ratings<{ items: RatingView[] }>('mine');
