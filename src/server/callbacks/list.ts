import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import type { CallbackReason, CallbackStatus, CallbackTaskView } from '../../shared/ratings';
import { MAX_PAGE } from '../ports/store';
import type { CallbackTaskDoc, RatingRequestDoc } from '../ratings/docs';
import { requestDocId } from '../ratings/docs';
import { taskView } from '../ratings/views';
import { createOnce } from '../outbox/create-once';
import { assertMay, mayActor } from '../core/matter-access';
import { partiesOfItem } from '../ratings/parties';

export interface CallbackQuery {
  status?: CallbackStatus;
  reason?: CallbackReason;
  limit?: number;
  after?: string;
}

/** Pages read at most per call when filtering by reason. */
const MAX_SCANNED_PAGES = 5;

/**
 * Callback tasks for the workbench: open ones by due time (soonest — so overdue — first), done
 * ones newest first; optionally only those with `reason`; only those the one access rule lets
 * the caller call back (a complaint's callback: its handlers and supervisors, never the person
 * complained about). `after` is the cursor `next` gave.
 *
 * @example await listCallbacks(ctx, { status: 'open' }) // { items: [...], next: null, serverNow }
 */
export async function listCallbacks(ctx: Ctx, q: CallbackQuery): Promise<{ items: CallbackTaskView[]; next: string | null; serverNow: number }> {
  const status = q.status ?? 'open';
  const limit = q.limit ?? 30;
  let offset = q.after ? Number(q.after) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('VALIDATION', '翻页参数不正确，请刷新后重试', 'after');
  const orderBy: Array<[string, 'asc' | 'desc']> = status === 'open' ? [['dueAt', 'asc'], ['_id', 'asc']] : [['doneAt', 'desc'], ['_id', 'asc']];
  const items: CallbackTaskView[] = [];
  for (let page = 0; page < MAX_SCANNED_PAGES && items.length < limit; page++) {
    const size = q.reason ? MAX_PAGE : limit - items.length;
    const docs = await ctx.store.find<CallbackTaskDoc>('callbackTasks', { where: { status }, orderBy, limit: size, offset });
    let used = 0;
    for (const d of docs) {
      if (items.length >= limit) break;
      used++;
      if ((!q.reason || d.reasons.includes(q.reason)) && mayActor(ctx.actor, await partiesOfItem(ctx.store, d), 'callback')) items.push(taskView(d, ctx.now));
    }
    offset += used;
    if (used === docs.length && docs.length < size) return { items, next: null, serverNow: ctx.now };
  }
  return { items, next: String(offset), serverNow: ctx.now };
}

/**
 * One task with the person's contact, for calling back, to those the one access rule lets call
 * it back (FORBIDDEN to the person a complaint is about); the read of personal data is written
 * to the access log (who, when, what).
 *
 * @example await getCallback(ctx, { taskId: 'cb:ticket:tk_1' }) // { task, contact: { name: '陈某', phone: '138…' } }
 */
export async function getCallback(ctx: Ctx, input: { taskId: string }): Promise<{ task: CallbackTaskView; contact: { name?: string; phone?: string } }> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有工作人员可以查看回访任务');
  const staff = ctx.actor;
  return ctx.store.transaction(async (tx) => {
    const task = await tx.get<CallbackTaskDoc>('callbackTasks', input.taskId);
    if (!task) throw new AppError('NOT_FOUND', '没有找到这项回访任务', 'taskId');
    assertMay(ctx.actor, await partiesOfItem(tx, task), 'callback', '没有找到这项回访任务', 'taskId');
    const req = await tx.get<RatingRequestDoc>('ratingRequests', requestDocId(task.subject));
    const contact = req?.contact ?? {};
    const fields = Object.keys(contact).map((k) => `contact.${k}`);
    if (fields.length) {
      await createOnce(tx, 'accessLog', {
        _id: `access:${task._id}:${staff.staffId}:${ctx.now}`, subject: `callback:${task._id}`, at: ctx.now,
        staffId: staff.staffId, name: staff.name, fields, via: 'ratings.callback',
      });
    }
    return { task: taskView(task, ctx.now), contact };
  });
}
