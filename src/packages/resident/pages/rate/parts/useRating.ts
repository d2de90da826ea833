import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../../api/types';
import type { RatingRequestView, RatingSubject, RatingView } from '../../../../../shared/ratings';
import { forSubject } from './api';

/**
 * Loads the item of the rating page and its rating; `setRating` shows a rating just given.
 * @example const { request, rating, error, reload, setRating } = useRating(subject);
 */
export function useRating(subject: RatingSubject | null) {
  const [request, setRequest] = useState<RatingRequestView | null>(null);
  const [rating, setRating] = useState<RatingView | null>(null);
  const [error, setError] = useState<ApiError>();
  const key = subject ? `${subject.type}:${subject.id}` : '';
  const reload = useCallback(async () => {
    if (!subject) return setError({ code: 'NOT_FOUND', message: '没有找到要评价的事项，请从消息或「我的事项」里重新打开。' });
    const res = await forSubject(subject);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    setRequest(res.data.request);
    setRating(res.data.rating);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { void reload(); }, [reload]);
  return { request, rating, error, reload, setRating };
}
