import type { Actor } from '../ports/identity';
import type { Store } from '../ports/store';
import { AppError } from '../core/errors';
import { inboxKeysOf } from './keys';
import type { InboxDoc } from './types';

/**
 * Marks one of the caller's own entries read (the first reading time is kept). Someone else's
 * entry, or one that does not exist, answers NOT_FOUND alike — nobody learns another person's
 * ids — and nothing is written.
 *
 * @example
 * await markRead(store, actor, 'clock:…', now) // { id: 'clock:…', readAt: now }
 */
export async function markRead(store: Store, actor: Actor, id: string, now: number): Promise<{ id: string; readAt: number }> {
  const keys = inboxKeysOf(actor);
  return store.transaction(async (tx) => {
    const doc = await tx.get<InboxDoc>('inbox', id);
    if (!doc || !keys.includes(doc.recipient)) throw new AppError('NOT_FOUND', '没有找到这条消息', 'id');
    if (doc.readAt !== null) return { id, readAt: doc.readAt };
    await tx.update('inbox', id, { readAt: now });
    return { id, readAt: now };
  });
}
