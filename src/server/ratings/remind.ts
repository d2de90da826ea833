import { MAX_PAGE, type Store } from '../ports/store';
import { RATING_PURPOSES, ratingLink } from '../../shared/ratings';
import { enqueue } from '../outbox/enqueue';
import type { RatingRequestDoc } from './docs';

/** Reminders one sweep sends at most (the rest wait for the next run). */
export const REMIND_LIMIT = 2000;

/**
 * Sends the ONE reminder to residents whose completed item is still unrated 3 days on: selects
 * `remindAt <= now` by index, and for each, in its own transaction, re-reads it, enqueues the
 * reminder (dedupe key `rating:<subject>:remind`) and clears `remindAt` — so it is never sent
 * twice, and an unrated item then simply stays unrated. True when none is left due.
 *
 * @example await sendRatingReminders(store, now) // { sent: 3, done: true }
 */
export async function sendRatingReminders(store: Store, now: number, limit = REMIND_LIMIT): Promise<{ sent: number; done: boolean }> {
  let sent = 0;
  let handled = 0;
  while (handled < limit) {
    const page = await store.find<RatingRequestDoc>('ratingRequests', {
      where: { remindAt: { $lte: now } }, orderBy: [['remindAt', 'asc']], limit: Math.min(MAX_PAGE, limit - handled),
    });
    if (page.length === 0) return { sent, done: true };
    for (const { _id } of page) {
      handled++;
      const queued = await store.transaction(async (tx) => {
        const req = await tx.get<RatingRequestDoc>('ratingRequests', _id);
        if (!req || req.remindAt === null || req.remindAt > now) return false;
        await tx.put('ratingRequests', { ...req, remindAt: null, remindedAt: req.state === 'awaiting' ? now : req.remindedAt });
        if (req.state !== 'awaiting' || !req.ownerOpenid) return false;
        return (await enqueue(tx, {
          key: `rating:${req.subjectKey}:remind`, recipient: { openid: req.ownerOpenid }, purpose: RATING_PURPOSES.reminder,
          title: '提醒：请为本次服务评价', body: `您的「${req.title}」已办结 3 天，还没有评价。您的评价能帮助我们改进服务。`,
          link: ratingLink(req.subject), subject: `rating:${req.subjectKey}`,
        }, now)) === 'queued';
      });
      if (queued) sent++;
    }
  }
  return { sent, done: false };
}
