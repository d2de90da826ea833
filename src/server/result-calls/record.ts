import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { assertMay } from '../core/matter-access';
import { appendAudit, auditEvent } from '../content/audit';
import { stopClock } from '../deadlines';
import type { InboxDoc } from '../inbox/types';
import type { ResultCallView } from '../../shared/result-calls';
import type { ResultCallDoc } from './docs';
import { resultCallView } from './views';

const NOT_FOUND = '没有找到这项告知任务，请刷新后再试';

/**
 * Records a call of a 「告知结果」 task. Reached: the person was told — the task is done, its clock
 * stops and its 「我的待办」 entry is cleared (read, no due time). Not reached (无人接听、关机):
 * the attempt is kept and the task stays open with its clock running — retried, never silently
 * closed. CONFLICT once done; the one access rule decides who may (the handler, the directors).
 *
 * @example await recordResultCall(ctx, { id, reached: false, note: '无人接听' }) // { task: { status: 'open', attempts: [{ reached: false, … }] } }
 */
export async function recordResultCall(ctx: Ctx, input: { id: string; reached: boolean; note?: string }): Promise<{ task: ResultCallView }> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有工作人员可以登记告知结果');
  const by = { staffId: ctx.actor.staffId, name: ctx.actor.name };
  return ctx.store.transaction(async (tx) => {
    const task = await tx.get<ResultCallDoc>('resultCalls', input.id);
    if (!task) throw new AppError('NOT_FOUND', NOT_FOUND, 'id');
    assertMay(ctx.actor, task.parties, 'act', NOT_FOUND);
    if (task.status === 'done') throw new AppError('CONFLICT', '这项告知已经登记完成，不用再登记', 'id');
    const attempt = { at: ctx.now, by, reached: input.reached, note: input.note?.trim() || null };
    const next: ResultCallDoc = input.reached
      ? { ...task, status: 'done', dueAt: null, doneAt: ctx.now, attempts: [...task.attempts, attempt], updatedAt: ctx.now }
      : { ...task, attempts: [...task.attempts, attempt], updatedAt: ctx.now };
    await tx.put('resultCalls', next);
    if (input.reached) {
      if (task.clockId) await stopClock(tx, task.clockId, ctx.now, '已告知');
      const entry = await tx.get<InboxDoc>('inbox', task.inboxId);
      if (entry) await tx.update('inbox', entry._id, { readAt: entry.readAt ?? ctx.now, dueAt: null, title: `已告知：${task.title.replace(/^告知[^：]*：/, '')}` });
    }
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: `resultCall:${task._id}`, action: input.reached ? 'resultCall.told' : 'resultCall.unreachable',
      from: { status: task.status }, to: { status: next.status, attempts: next.attempts.length }, why: attempt.note ?? undefined,
    }));
    return { task: resultCallView(next, ctx.actor, ctx.now) };
  });
}
