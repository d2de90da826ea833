import type { Calendar } from '../../domain/calendar';
import type { ClockRule } from '../../domain/deadlines';
import type { Tx } from '../ports/store';
import type { CallbackReason, RatingLevel, RatingSource } from '../../shared/ratings';
import { callbackLink } from '../../shared/ratings';
import { isMandatory, mergeReasons } from '../../domain/ratings/callback-need';
import { startClock } from '../deadlines/start';
import { appendAudit, auditEvent } from '../content/audit';
import { taskDocId, type CallbackTaskDoc, type RatingRequestDoc } from '../ratings/docs';
import { bumpTally, keyOf } from '../ratings/tally-store';
import { AppError } from '../core/errors';

/** The purpose of a callback's deadline clock. */
export const CALLBACK_CLOCK_PURPOSE = 'callback.due';

export interface OpenCallbackInput {
  reasons: CallbackReason[];
  rating?: { level: RatingLevel; comment: string | null; source: RatingSource } | null;
  now: number;
  calendar: Calendar;
  rule: ClockRule;
}

/** Tally changes when a task gains reasons (`added`), given whether it was already mandatory/done. */
function taskDelta(before: CallbackTaskDoc | null, after: CallbackTaskDoc) {
  const wasMandatory = before?.mandatory ?? false;
  const hadSample = before?.reasons.includes('sample') ?? false;
  const done = after.status === 'done' ? 1 : 0;
  const delta = { callbacksDue: before ? 0 : 1, mandatoryDue: 0, mandatoryDone: 0, sampleDrawn: 0, sampleDone: 0 };
  if (after.mandatory && !wasMandatory) Object.assign(delta, { mandatoryDue: 1, mandatoryDone: done });
  if (after.reasons.includes('sample') && !hadSample) Object.assign(delta, { sampleDrawn: 1, sampleDone: done });
  return delta;
}

/**
 * Opens the callback owed on a completed item, inside the caller's transaction: a new task with
 * its deadline clock (no one responsible: the directors are warned and escalated to), or, when
 * the item already has one, the new reasons added to it. Counted in the item's tally; audited.
 * Answers the task, or null when nothing changed (every reason was already there).
 *
 * @example await openCallback(tx, request, { reasons: ['rating'], rating, now, calendar, rule })
 */
export async function openCallback(tx: Tx, req: RatingRequestDoc, input: OpenCallbackInput): Promise<CallbackTaskDoc | null> {
  const id = taskDocId(req.subject);
  const before = await tx.get<CallbackTaskDoc>('callbackTasks', id);
  const reasons = mergeReasons(before?.reasons ?? [], input.reasons);
  if (before && reasons.length === before.reasons.length) return null;
  let task: CallbackTaskDoc;
  if (before) {
    task = { ...before, reasons, mandatory: isMandatory(reasons), rating: before.rating ?? input.rating ?? null, updatedAt: input.now };
  } else {
    const started = await startClock(tx, {
      subject: { type: 'callback', id }, purpose: CALLBACK_CLOCK_PURPOSE, title: `回访：${req.title}`,
      link: callbackLink(id), rule: input.rule, startedAt: input.now,
    }, input.calendar);
    if (!started.ok) throw new AppError('CONFLICT', started.error.message);
    task = {
      _id: id, subject: req.subject, subjectKey: req.subjectKey, title: req.title, typeKey: req.typeKey, typeLabel: req.typeLabel,
      month: req.month, staff: req.staff, ...(req.parties ? { parties: req.parties } : {}), reasons, mandatory: isMandatory(reasons), status: 'open', rating: input.rating ?? null,
      createdAt: input.now, dueAt: started.data.dueAt, clockId: started.data._id, attempts: [], record: null, doneAt: null, updatedAt: input.now,
    };
  }
  await tx.put('callbackTasks', task);
  await bumpTally(tx, keyOf(req), taskDelta(before, task));
  await appendAudit(tx, auditEvent({
    at: input.now, actor: { kind: 'system' }, subject: `callback:${id}`, action: before ? 'callback.addReason' : 'callback.open',
    from: before ? { reasons: before.reasons } : undefined, to: { reasons, dueAt: task.dueAt },
  }));
  return task;
}
