import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { mayActor } from '../core/matter-access';
import type { ResultCallView } from '../../shared/result-calls';
import type { ResultCallDoc } from './docs';
import { resultCallView } from './views';

/**
 * My 「告知结果」 tasks: open ones soonest due first (so a late one leads), then the ones I did,
 * newest first — by the index (staffId, status, dueAt). Each passes the one access rule.
 *
 * @example await myResultCalls(ctx) // { items: [{ title: '告知结果：法律咨询（来电）', contact: { phone: '…' }, … }] }
 */
export async function myResultCalls(ctx: Ctx): Promise<{ items: ResultCallView[] }> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有工作人员可以查看告知结果任务');
  const staffId = ctx.actor.staffId;
  const open = await ctx.store.find<ResultCallDoc>('resultCalls', { where: { staffId, status: 'open' }, orderBy: [['dueAt', 'asc']], limit: 50 });
  const done = await ctx.store.find<ResultCallDoc>('resultCalls', { where: { staffId, status: 'done' }, orderBy: [['dueAt', 'asc']], limit: 50 });
  const recent = done.sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0)).slice(0, Math.max(0, 50 - open.length));
  const mine = [...open, ...recent].filter((d) => mayActor(ctx.actor, d.parties, 'seeContact'));
  return { items: mine.map((d) => resultCallView(d, ctx.actor, ctx.now)) };
}
