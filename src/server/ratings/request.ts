import type { Calendar } from '../../domain/calendar';
import type { ClockRule } from '../../domain/deadlines';
import type { Store, Tx } from '../ports/store';
import type { RatingSubject, StaffLabel } from '../../shared/ratings';
import type { MatterParties } from '../../domain/access/matter';
import { RATING_PURPOSES, REMIND_AFTER_MS, ratingLink } from '../../shared/ratings';
import { isSampleChannel } from '../../domain/ratings/callback-need';
import { monthOf } from '../../domain/ratings/month';
import { loadCalendar } from '../deadlines/calendar-source';
import { enqueue } from '../outbox/enqueue';
import { openCallback } from '../callbacks/open';
import { poolId, requestDocId, subjectKeyOf, type RatingRequestDoc } from './docs';
import { loadCallbackRule } from './settings';
import { bumpTally, keyOf } from './tally-store';

/** What a completed item is, whichever module completed it. */
export interface CompletedItem {
  subject: RatingSubject;
  title: string;
  typeKey: string;
  typeLabel: string;
  channel: string;
  staff: StaffLabel | null;
  ownerOpenid: string | null;
  contact: { name?: string; phone?: string };
  major: boolean;
  /** Who stands how to it, for the one access rule (the ticket's or appointment's parties). */
  parties: MatterParties;
}

/** What completing an item needs from outside the transaction (a major case opens a callback). */
export interface CompletionContext {
  calendar: Calendar;
  rule: ClockRule;
}

/**
 * Loads, before the completing transaction, what {@link requestRating} needs.
 * @example const completion = await prepareCompletion(ctx.store);
 */
export async function prepareCompletion(store: Store): Promise<CompletionContext> {
  return { calendar: await loadCalendar(store), rule: await loadCallbackRule(store) };
}

/**
 * Records that an item was completed, inside the transaction that completes it: the rating
 * request (once per item), the tally, the resident asked at once (inbox + WeChat, a link to the
 * rating page) with one reminder due 3 days later, and — for a major case — the mandatory
 * callback. An item completed a second time (cannot happen today) changes nothing.
 *
 * @example await requestRating(tx, item, ctx.now, completion)
 */
export async function requestRating(tx: Tx, item: CompletedItem, now: number, completion?: CompletionContext): Promise<RatingRequestDoc | null> {
  const id = requestDocId(item.subject);
  if (await tx.get('ratingRequests', id)) return null;
  const month = monthOf(now);
  const eligible = item.subject.type === 'ticket' && isSampleChannel(item.channel);
  const req: RatingRequestDoc = {
    _id: id, ...item, subjectKey: subjectKeyOf(item.subject), completedAt: now, month,
    sampleMonth: eligible ? month : null, state: 'awaiting',
    remindAt: item.ownerOpenid ? now + REMIND_AFTER_MS : null, remindedAt: null, ratingId: null,
  };
  await tx.create('ratingRequests', req);
  await bumpTally(tx, keyOf(req), { completed: 1, eligible: eligible ? 1 : 0 });
  if (eligible) await tx.create('samplePool', { _id: poolId(month, item.subject.id) });
  if (item.ownerOpenid) {
    await enqueue(tx, {
      key: `rating:${req.subjectKey}:ask`, recipient: { openid: item.ownerOpenid }, purpose: RATING_PURPOSES.request,
      title: '请为本次服务评价', body: `您的「${item.title}」已办结，请对本次服务作出评价：满意、基本满意或不满意。`,
      link: ratingLink(item.subject), subject: `rating:${req.subjectKey}`,
    }, now);
  }
  if (item.major) {
    if (!completion) throw new Error('completing a major case needs prepareCompletion() first');
    await openCallback(tx, req, { reasons: ['major'], now, ...completion });
  }
  return req;
}
