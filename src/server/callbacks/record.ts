import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import type { CallbackTaskView } from '../../shared/ratings';
import { callbackOutcome, type CallbackEntry } from '../../domain/ratings/callback-record';
import { appendAudit, auditEvent } from '../content/audit';
import { stopClock } from '../deadlines/change';
import type { CallbackTaskDoc } from '../ratings/docs';
import { bumpTally, keyOf } from '../ratings/tally-store';
import { taskView } from '../ratings/views';
import { assertMay } from '../core/matter-access';
import { partiesOfItem } from '../ratings/parties';

/** Request ids kept per task (attempts per task are few). */
const MAX_KEPT_REQUESTS = 50;

/** Attempts closer than this by the same person with the same method and note are one tap. */
const DOUBLE_TAP_MS = 60_000;

/**
 * True when this entry was already recorded: its page `requestId` is on the task, or — without
 * one — the last unreachable attempt is the same person's, same method and note, under a minute ago.
 *
 * @example isRepeatedEntry(task, { method: 'phone', reached: false, note: '无人接听', taskId }, 'staff:1', now) // true right after
 */
export function isRepeatedEntry(task: CallbackTaskDoc, input: CallbackEntry & { requestId?: string }, staffId: string, now: number): boolean {
  if (input.requestId) return task.handledRequests?.includes(input.requestId) ?? false;
  if (input.reached) return false;
  const last = task.attempts[task.attempts.length - 1];
  return !!last && last.by.staffId === staffId && last.method === input.method && (last.note ?? null) === (input.note ?? null) && now - last.at < DOUBLE_TAP_MS;
}

/**
 * Records a callback (rule 十二(六)(七)). Reached: the record is kept, the task is done, its
 * clock stops and it counts as done (late when after its due time). Not reached: the attempt is
 * kept and the task stays open with its clock running — retried, never silently closed.
 * VALIDATION (nothing written) when a reached entry misses an answer; CONFLICT when done;
 * FORBIDDEN, by the one access rule, to the person a complaint is about (they never close the
 * callback of a complaint against them) and to staff who do not handle a complaint. The same
 * entry again ({@link isRepeatedEntry}) answers the task as it is and writes nothing.
 *
 * @example await recordCallback(ctx, { taskId, method: 'phone', reached: false, note: '无人接听' })
 */
export async function recordCallback(ctx: Ctx, input: CallbackEntry & { taskId: string; requestId?: string }): Promise<{ task: CallbackTaskView }> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有工作人员可以登记回访');
  const by = { staffId: ctx.actor.staffId, name: ctx.actor.name };
  const now = ctx.now;
  return ctx.store.transaction(async (tx) => {
    const task = await tx.get<CallbackTaskDoc>('callbackTasks', input.taskId);
    if (!task) throw new AppError('NOT_FOUND', '没有找到这项回访任务', 'taskId');
    assertMay(ctx.actor, await partiesOfItem(tx, task), 'callback', '没有找到这项回访任务', 'taskId');
    if (isRepeatedEntry(task, input, by.staffId, now)) return { task: taskView(task, now) };
    if (task.status === 'done') throw new AppError('CONFLICT', '这项回访已经完成，不能重复登记', 'taskId');
    const outcome = callbackOutcome(input, by, now);
    if (outcome.kind === 'invalid') throw new AppError('VALIDATION', outcome.message, outcome.field);
    let next: CallbackTaskDoc;
    if (outcome.kind === 'attempt') {
      next = { ...task, attempts: [...task.attempts, outcome.attempt], updatedAt: now };
    } else {
      next = { ...task, status: 'done', record: outcome.record, doneAt: now, updatedAt: now };
      const stopped = await stopClock(tx, task.clockId, now, '已回访');
      if (!stopped.ok && stopped.error.code !== 'CONFLICT') throw new AppError(stopped.error.code, stopped.error.message);
      const late = task.dueAt !== null && now > task.dueAt ? 1 : 0;
      await bumpTally(tx, keyOf(task), {
        callbacksDone: 1, callbacksDoneLate: late, mandatoryDone: task.mandatory ? 1 : 0, sampleDone: task.reasons.includes('sample') ? 1 : 0,
      });
    }
    if (input.requestId) next.handledRequests = [...(task.handledRequests ?? []), input.requestId].slice(-MAX_KEPT_REQUESTS);
    await tx.put('callbackTasks', next);
    await appendAudit(tx, auditEvent({
      at: now, actor: ctx.actor, subject: `callback:${task._id}`, action: outcome.kind === 'record' ? 'callback.done' : 'callback.unreachable',
      from: { status: task.status }, to: outcome.kind === 'record' ? { status: 'done', method: input.method, satisfiedNow: outcome.record.satisfiedNow } : { attempts: next.attempts.length, method: input.method },
    }));
    return { task: taskView(next, now) };
  });
}
