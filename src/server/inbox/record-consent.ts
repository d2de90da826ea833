import type { Store } from '../ports/store';
import { AppError } from '../core/errors';
import { addConsent, consentId, type ConsentDoc } from '../outbox/consents';

/**
 * Counts the one-time subscriptions a person just accepted (the mini-program calls this with
 * the ids `requestSubscribeMessage` answered 'accept' for): one more consent per template.
 * Only configured template ids are accepted; an unknown one refuses the whole call, writing
 * nothing.
 *
 * @example
 * await recordConsent(store, 'o1', ['T1'], { deadlineOverdue: 'T1' }, now) // { counts: { T1: 1 } }
 */
export async function recordConsent(
  store: Store,
  openid: string,
  templateIds: string[],
  templates: Record<string, string>,
  now: number,
): Promise<{ counts: Record<string, number> }> {
  const known = new Set(Object.values(templates));
  const unknown = templateIds.findIndex((t) => !known.has(t));
  if (unknown >= 0) throw new AppError('VALIDATION', '「订阅消息模板」不是可选的值', `templateIds.${unknown}`);
  const ids = [...new Set(templateIds)];
  return store.transaction(async (tx) => {
    const counts: Record<string, number> = {};
    for (const id of ids) {
      await addConsent(tx, openid, id, now);
      counts[id] = (await tx.get<ConsentDoc>('subscribeConsents', consentId(openid, id)))?.count ?? 0;
    }
    return { counts };
  });
}
