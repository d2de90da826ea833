import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import type { RatingRequestView, RatingSubject, RatingView } from '../../shared/ratings';
import { MAX_FOLLOW_UPS } from '../../shared/ratings';
import { appendAudit, auditEvent } from '../content/audit';
import { ratingDocId, requestDocId, type RatingDoc, type RatingRequestDoc } from './docs';
import { ratingView, requestView } from './views';
import { assertMay, mayActor } from '../core/matter-access';
import { partiesOfItem } from './parties';

/** The signed-in person's openid (residents and staff alike rate their own items). */
function openidOf(ctx: Ctx): string {
  if (ctx.actor.kind === 'resident' || ctx.actor.kind === 'staff') return ctx.actor.openid;
  throw new AppError('UNAUTHENTICATED', '请先登录');
}

const NOT_FOUND = () => new AppError('NOT_FOUND', '没有找到这项已办结的服务', 'subject');

/**
 * My completed items awaiting a rating, newest first (by the index ownerOpenid + state + completedAt).
 * @example await pendingRatings(ctx) // { items: [{ subjectKey: 'ticket:tk_1', rated: false, … }] }
 */
export async function pendingRatings(ctx: Ctx): Promise<{ items: RatingRequestView[] }> {
  const docs = await ctx.store.find<RatingRequestDoc>('ratingRequests', {
    where: { ownerOpenid: openidOf(ctx), state: 'awaiting' }, orderBy: [['completedAt', 'desc']], limit: 100,
  });
  const mine = [];
  for (const d of docs) if (mayActor(ctx.actor, await partiesOfItem(ctx.store, d), 'rate')) mine.push(requestView(d));
  return { items: mine };
}

/**
 * One of my completed items and its rating (the rating page), for whom the one access rule lets
 * rate it — its owner. Another person's item: NOT_FOUND.
 * @example await ratingForSubject(ctx, { subject: { type: 'ticket', id: 'tk_1' } }) // { request, rating: null }
 */
export async function ratingForSubject(ctx: Ctx, input: { subject: RatingSubject }): Promise<{ request: RatingRequestView; rating: RatingView | null }> {
  openidOf(ctx);
  const req = await ctx.store.get<RatingRequestDoc>('ratingRequests', requestDocId(input.subject));
  if (!req) throw NOT_FOUND();
  assertMay(ctx.actor, await partiesOfItem(ctx.store, req), 'rate', '没有找到这项已办结的服务', 'subject');
  const rating = await ctx.store.get<RatingDoc>('ratings', ratingDocId(input.subject));
  return { request: requestView(req), rating: rating ? ratingView(rating) : null };
}

/**
 * My ratings, newest first.
 * @example await myRatings(ctx) // { items: [{ level: 'satisfied', … }] }
 */
export async function myRatings(ctx: Ctx): Promise<{ items: RatingView[] }> {
  const docs = await ctx.store.find<RatingDoc>('ratings', { where: { openid: openidOf(ctx) }, orderBy: [['at', 'desc']], limit: 100 });
  const mine = [];
  for (const d of docs) if (mayActor(ctx.actor, await partiesOfItem(ctx.store, d), 'rate')) mine.push(ratingView(d));
  return { items: mine };
}

/**
 * Appends a follow-up comment to my rating (the rating itself never changes); at most
 * {@link MAX_FOLLOW_UPS}; the one access rule's `amend` — the owner's. Another person's rating:
 * NOT_FOUND. Sent again (the same `requestId`, or the same text as the last follow-up) it answers
 * the rating as it is and adds nothing.
 * @example await addComment(ctx, { ratingId: 'rating:ticket:tk_1', text: '后来工作人员又打电话解释了' })
 */
export async function addComment(ctx: Ctx, input: { ratingId: string; text: string; requestId?: string }): Promise<{ rating: RatingView }> {
  openidOf(ctx);
  return ctx.store.transaction(async (tx) => {
    const rating = await tx.get<RatingDoc>('ratings', input.ratingId);
    if (!rating) throw new AppError('NOT_FOUND', '没有找到这条评价', 'ratingId');
    assertMay(ctx.actor, await partiesOfItem(tx, rating), 'amend', '没有找到这条评价', 'ratingId');
    const last = rating.followUps[rating.followUps.length - 1];
    const repeated = input.requestId ? rating.followUpRequests?.includes(input.requestId) : last?.text === input.text;
    if (repeated) return { rating: ratingView(rating) };
    if (rating.followUps.length >= MAX_FOLLOW_UPS) throw new AppError('CONFLICT', `每条评价最多追加 ${MAX_FOLLOW_UPS} 次评论`, 'text');
    const next: RatingDoc = { ...rating, followUps: [...rating.followUps, { text: input.text, at: ctx.now }] };
    if (input.requestId) next.followUpRequests = [...(rating.followUpRequests ?? []), input.requestId];
    await tx.put('ratings', next);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `rating:${rating.subjectKey}`, action: 'rating.comment', to: { text: input.text } }));
    return { rating: ratingView(next) };
  });
}
