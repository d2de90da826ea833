import { callFunction } from '../../../../../api/call';
import type { ApiResult } from '../../../../../api/types';
import type {
  CallbackMethod, CallbackReason, CallbackStatus, CallbackTaskView, RateResult, RatingAspect, RatingLevel,
  RatingsTable, RatingSource, RatingSubject, SampleDrawView, CallbackSettingsView,
} from '../../../../../shared/ratings';

const ratings = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('ratings', { action, ...payload });

/** 回访任务: open tasks soonest due (overdue) first, or done ones newest first. */
export function listCallbacks(filter: { status: CallbackStatus; reason?: CallbackReason; after?: string }): Promise<ApiResult<{ items: CallbackTaskView[]; next: string | null; serverNow: number }>> {
  return ratings('callbacks', { status: filter.status, limit: 30, ...(filter.reason ? { reason: filter.reason } : {}), ...(filter.after ? { after: filter.after } : {}) });
}

/** One task with the person's contact for calling (the read is logged). */
export const getCallback = (taskId: string) => ratings<{ task: CallbackTaskView; contact: { name?: string; phone?: string } }>('callback', { taskId });

/** What a callback record sends (rule 十二(六)(七)); the reached-only fields are left out when not reached. */
export interface CallbackInput {
  taskId: string;
  method: CallbackMethod;
  reached: boolean;
  progress: string;
  staffView: string;
  opinions: string;
  satisfiedNow: boolean | null;
  note: string;
  /** One per entry, so a double tap records one attempt. */
  requestId?: string;
}

/**
 * Records a callback: reached → the task is done; not reached → an attempt, the task stays open.
 * Empty optional texts are left out.
 * @example await recordCallback({ taskId, method: 'phone', reached: false, note: '无人接听', … })
 */
export function recordCallback(input: CallbackInput): Promise<ApiResult<{ task: CallbackTaskView }>> {
  const t = (s: string) => s.trim();
  const payload: Record<string, unknown> = { taskId: input.taskId, method: input.method, reached: input.reached };
  if (t(input.note)) payload.note = t(input.note);
  if (input.requestId) payload.requestId = input.requestId;
  if (input.reached) {
    if (t(input.progress)) payload.progress = t(input.progress);
    if (t(input.staffView)) payload.staffView = t(input.staffView);
    if (t(input.opinions)) payload.opinions = t(input.opinions);
    if (input.satisfiedNow !== null) payload.satisfiedNow = input.satisfiedNow;
  }
  return ratings('recordCallback', payload);
}

/** What staff send to record a rating given on the window's device or by phone. */
export interface RecordRatingInput {
  subject: RatingSubject;
  level: RatingLevel;
  aspects: RatingAspect[];
  comment: string;
  source: Extract<RatingSource, 'windowDevice' | 'phone'>;
}

/** Records a rating given on the window's rating device or by phone, marked with its source. */
export function recordRating(input: RecordRatingInput): Promise<ApiResult<RateResult>> {
  const { aspects, comment, ...rest } = input;
  return ratings('recordRating', { ...rest, ...(aspects.length ? { aspects } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
}

/** 回访汇总表 of a month (director / admin). */
export const ratingsTable = (month: string) => ratings<RatingsTable>('table', { month });
/** The same table as CSV (UTF-8 with BOM). */
export const ratingsTableCsv = (month: string) => ratings<{ filename: string; csv: string }>('tableCsv', { month });
/** The stored monthly sample draw of a month's completions (director / admin); NOT_FOUND before it is made. */
export const sampleDraw = (month: string) => ratings<SampleDrawView>('sampleDraw', { month });
/** The callback deadline (回访期限) in force (director / admin). */
export const callbackSettings = () => ratings<CallbackSettingsView>('callbackSettings');
/** Sets the callback deadline in working days (admin); tasks opened afterwards get it. */
export const updateCallbackSettings = (workingDays: number) => ratings<CallbackSettingsView>('updateCallbackSettings', { workingDays });
