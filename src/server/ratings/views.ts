import type { CallbackTaskView, RatingRequestView, RatingView } from '../../shared/ratings';
import { isOverdue } from '../../domain/ratings/callback-need';
import type { CallbackTaskDoc, RatingDoc, RatingRequestDoc } from './docs';

/** @example requestView(doc).subjectKey // 'ticket:tk_1' */
export function requestView(d: RatingRequestDoc): RatingRequestView {
  return {
    subject: d.subject, subjectKey: d.subjectKey, title: d.title, typeKey: d.typeKey, completedAt: d.completedAt,
    staff: d.staff, rated: d.state === 'rated', remindedAt: d.remindedAt,
  };
}

/** @example ratingView(doc).level // 'basic' */
export function ratingView(d: RatingDoc): RatingView {
  return {
    id: d._id, subject: d.subject, subjectKey: d.subjectKey, title: d.title, level: d.level, aspects: d.aspects,
    comment: d.comment, source: d.source, recordedBy: d.recordedBy, selfRecorded: d.selfRecorded === true, at: d.at, followUps: d.followUps, callbackOwed: d.callbackOwed,
  };
}

/** @example taskView(doc, now).overdue // true when open past due */
export function taskView(d: CallbackTaskDoc, now: number): CallbackTaskView {
  return {
    id: d._id, subject: d.subject, subjectKey: d.subjectKey, title: d.title, typeKey: d.typeKey, month: d.month,
    reasons: d.reasons, mandatory: d.mandatory, status: d.status, staff: d.staff, rating: d.rating, createdAt: d.createdAt,
    dueAt: d.dueAt, overdue: isOverdue(d, now), attempts: d.attempts, record: d.record, doneAt: d.doneAt,
  };
}
