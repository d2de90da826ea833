import type { z } from 'zod';
import type { rateInput } from './schemas';
import type { Ctx } from '../core/define';
import type { Tx } from '../ports/store';
import { AppError } from '../core/errors';
import type { RateResult, RatingSource } from '../../shared/ratings';
import { ratingNeedsCallback } from '../../domain/ratings/callback-need';
import { appendAudit, auditEvent } from '../content/audit';
import { openCallback } from '../callbacks/open';
import { ratingDocId, requestDocId, taskDocId, type RatingDoc, type RatingRequestDoc } from './docs';
import { prepareCompletion, type CompletionContext } from './request';
import { bumpTally, keyOf } from './tally-store';
import { ratingView } from './views';
import { partiesOfItem } from './parties';
import { assertMay, viewerOf } from '../core/matter-access';
import { handles } from '../../domain/access/matter';

/** What a rating carries, from the action's schema (the page request id is the giver's, not the rating's). */
export type RateInput = Omit<z.infer<typeof rateInput>, 'requestId'>;

export const ALREADY_RATED = '这项服务已经评价过了，评价不能修改，您可以追加评论';
const NOT_FOUND_MESSAGE = '没有找到这项已办结的服务，可能还没有办结';

interface Giver {
  source: RatingSource;
  /** The owner rating in the mini-program (intent `rate`), or staff recording (`recordRating`). */
  intent: 'rate' | 'recordRating';
  recordedBy?: { staffId: string; name: string };
  requestId?: string;
}

/** The rating, built from the request and the input. */
function ratingDoc(req: RatingRequestDoc, input: RateInput, giver: Giver, now: number, selfRecorded: boolean): RatingDoc {
  return {
    _id: ratingDocId(req.subject), subject: req.subject, subjectKey: req.subjectKey, title: req.title, typeKey: req.typeKey,
    month: req.month, staffId: req.staff?.staffId ?? 'nobody', openid: req.ownerOpenid, ...(req.parties ? { parties: req.parties } : {}), level: input.level,
    aspects: [...new Set(input.aspects ?? [])], comment: input.comment?.trim() || null, source: giver.source,
    recordedBy: giver.recordedBy ?? null, ...(selfRecorded ? { selfRecorded } : {}), requestId: giver.requestId ?? null, at: now, followUps: [],
    callbackOwed: ratingNeedsCallback(input.level),
  };
}

/**
 * Stores a rating inside a transaction: the item must be completed (NOT_FOUND) and the one
 * access rule must let the giver rate it — the owner in the mini-program; staff only where no
 * resident can rate it themselves, and never the person a complaint is about (FORBIDDEN; another
 * resident's item is NOT_FOUND) — and not yet rated (CONFLICT; the same requestId again answers
 * the first rating). A rating staff record for a service they handled is marked 本人登记. Marks
 * the request rated (no reminder), counts it, audits it, and opens the mandatory callback for
 * 基本满意/不满意.
 */
async function rateInTx(tx: Tx, input: RateInput, giver: Giver, now: number, completion: CompletionContext, ctx: Ctx): Promise<RateResult> {
  const req = await tx.get<RatingRequestDoc>('ratingRequests', requestDocId(input.subject));
  if (!req) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE, 'subject');
  const parties = await partiesOfItem(tx, req);
  assertMay(ctx.actor, parties, giver.intent, NOT_FOUND_MESSAGE, 'subject');
  const selfRecorded = giver.intent === 'recordRating' && handles(viewerOf(ctx.actor), parties);
  const existing = await tx.get<RatingDoc>('ratings', ratingDocId(input.subject));
  if (existing) {
    if (giver.requestId && existing.requestId === giver.requestId) {
      return { rating: ratingView(existing), callbackTaskId: existing.callbackOwed ? taskDocId(existing.subject) : null };
    }
    throw new AppError('CONFLICT', ALREADY_RATED, 'subject');
  }
  const rating = ratingDoc(req, input, giver, now, selfRecorded);
  await tx.create('ratings', rating);
  await tx.put('ratingRequests', { ...req, state: 'rated', ratingId: rating._id, remindAt: null });
  await bumpTally(tx, keyOf(req), { rating: { level: rating.level, source: rating.source, selfRecorded } });
  await appendAudit(tx, auditEvent({ at: now, actor: ctx.actor, subject: `rating:${req.subjectKey}`, action: 'rating.give', to: { level: rating.level, source: rating.source, selfRecorded } }));
  let callbackTaskId: string | null = null;
  if (rating.callbackOwed) {
    await openCallback(tx, req, { reasons: ['rating'], rating: { level: rating.level, comment: rating.comment, source: rating.source }, now, ...completion });
    callbackTaskId = taskDocId(req.subject);
  }
  return { rating: ratingView(rating), callbackTaskId };
}

/**
 * A resident rates their own completed item in the mini-program (once).
 * @example await rateAsResident(ctx, { subject: { type: 'ticket', id }, level: 'unsatisfied', comment: '等太久', requestId: 'r-12345678' })
 */
export async function rateAsResident(ctx: Ctx, input: RateInput & { requestId: string }): Promise<RateResult> {
  if (ctx.actor.kind !== 'resident' && ctx.actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED', '请先登录');
  const giver: Giver = { source: 'miniProgram', intent: 'rate', requestId: input.requestId };
  const completion = await prepareCompletion(ctx.store);
  return ctx.store.transaction((tx) => rateInTx(tx, input, giver, ctx.now, completion, ctx));
}

/**
 * Staff record a rating given on the window's rating device or by phone (rule 十二(二)(三)) —
 * only for a matter whose person cannot rate in the mini-program, never for a complaint about
 * themselves; for a service they handled it is marked 本人登记 and counted apart.
 * @example await recordRating(ctx, { subject, level: 'satisfied', source: 'windowDevice' })
 */
export async function recordRating(ctx: Ctx, input: RateInput & { source: 'windowDevice' | 'phone' }): Promise<RateResult> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '只有工作人员可以登记评价');
  const giver: Giver = { source: input.source, intent: 'recordRating', recordedBy: { staffId: ctx.actor.staffId, name: ctx.actor.name } };
  const completion = await prepareCompletion(ctx.store);
  return ctx.store.transaction((tx) => rateInTx(tx, input, giver, ctx.now, completion, ctx));
}
