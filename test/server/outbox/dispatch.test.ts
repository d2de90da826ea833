import { addConsent, dispatchOutbox, retryAt, MAX_ATTEMPTS, SENDING_LEASE_MS, type OutboxDoc } from '../../../src/server/outbox';
import { claimForSend } from '../../../src/server/outbox/claim';
import type { SqliteStore } from '../../../src/server/store/sqlite';
import { freshStore, MIN, note, NOW, put, scriptedSender } from './helpers';

const T = 'T-REPLY';
const templates = { ticketReplied: T };
const ok = { sent: true as const };
const busy = { sent: false as const, retryable: true, reason: 'wx--1' };

let store: SqliteStore;
beforeEach(() => {
  store = freshStore();
});
afterEach(() => store.close());

const consents = (n: number, openid = 'o-resident') =>
  store.transaction(async (tx) => {
    for (let i = 0; i < n; i++) await addConsent(tx, openid, T, NOW);
  });
const msg = (id: string) => store.get<OutboxDoc>('outbox', id) as Promise<OutboxDoc>;
const consentCount = async (openid = 'o-resident') => ((await store.get<{ _id: string; count: number }>('subscribeConsents', `${openid}:${T}`))?.count ?? 0);

describe('dispatchOutbox: channels and consents', () => {
  it('keeps a message without a configured template in the inbox, undelivered, without calling WeChat', async () => {
    await put(store, note('k'));
    const sender = scriptedSender(ok);
    expect(await dispatchOutbox({ store, sender, templates: {} }, NOW)).toMatchObject({ undelivered: 1 });
    expect(sender.sent).toHaveLength(0);
    expect(await msg('k')).toMatchObject({ state: 'undelivered', reason: 'no-template', nextAttemptAt: null });
    expect(await store.get('inbox', 'k')).not.toBeNull();
  });

  it('sends as many messages as the person accepted subscriptions, then marks the rest undelivered', async () => {
    await consents(2);
    for (const k of ['a', 'b', 'c']) await put(store, note(k));
    const sender = scriptedSender(ok);
    expect(await dispatchOutbox({ store, sender, templates }, NOW)).toMatchObject({ sent: 2, undelivered: 1 });
    expect(sender.sent.map((m) => m.touser)).toEqual(['o-resident', 'o-resident']);
    expect((await msg('c')).reason).toBe('no-consent');
    expect(await consentCount()).toBe(0);
    expect(await store.count('inbox')).toBe(3);
  });

  it("sends a staff member's message to the openid of their staff record", async () => {
    await store.create('staff', { _id: 'staff:clerk', openid: 'o-clerk', name: '张某', roles: ['staff'], active: true });
    await consents(1, 'o-clerk');
    await put(store, note('k', { recipient: { staffId: 'staff:clerk' } }));
    const sender = scriptedSender(ok);
    await dispatchOutbox({ store, sender, templates }, NOW);
    expect(sender.sent[0]).toMatchObject({ touser: 'o-clerk', templateId: T, data: { thing1: { value: '您的咨询已答复' } } });
  });

  it('sends one message once even when two dispatchers run at the same time', async () => {
    await consents(5);
    await put(store, note('k'));
    const sender = scriptedSender(ok);
    const [a, b] = await Promise.all([dispatchOutbox({ store, sender, templates }, NOW), dispatchOutbox({ store, sender, templates }, NOW)]);
    expect(a.sent + b.sent).toBe(1);
    expect(sender.sent).toHaveLength(1);
    expect(await consentCount()).toBe(4);
  });

  it('marks a refused message undelivered and forgets the refused consents', async () => {
    await consents(3);
    await put(store, note('k'));
    const sender = scriptedSender({ sent: false, retryable: false, reason: 'refused' });
    expect(await dispatchOutbox({ store, sender, templates }, NOW)).toMatchObject({ undelivered: 1 });
    expect(await msg('k')).toMatchObject({ state: 'undelivered', reason: 'refused' });
    expect(await consentCount()).toBe(0);
  });

  it('gives the consent back when WeChat rejects the message itself (bad data)', async () => {
    await consents(1);
    await put(store, note('k'));
    await dispatchOutbox({ store, sender: scriptedSender({ sent: false, retryable: false, reason: 'bad-data' }), templates }, NOW);
    expect(await msg('k')).toMatchObject({ state: 'undelivered', reason: 'bad-data' });
    expect(await consentCount()).toBe(1);
  });
});

describe('dispatchOutbox: backoff', () => {
  it('retries after 1, 5, 30 and 120 minutes, then gives up as failed with the consent given back', async () => {
    await consents(1);
    await put(store, note('k'));
    const sender = scriptedSender(busy);
    const deps = { store, sender, templates };
    let t = NOW;
    for (const wait of [1, 5, 30, 120]) {
      expect(await dispatchOutbox(deps, t)).toMatchObject({ retry: 1 });
      expect(await msg('k')).toMatchObject({ state: 'pending', nextAttemptAt: t + wait * MIN });
      expect(await consentCount()).toBe(1);
      expect(await dispatchOutbox(deps, t + wait * MIN - 1)).toMatchObject({ retry: 0, sent: 0 });
      t += wait * MIN;
    }
    expect(await dispatchOutbox(deps, t)).toMatchObject({ failed: 1 });
    expect(await msg('k')).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(sender.sent).toHaveLength(MAX_ATTEMPTS);
    expect(await consentCount()).toBe(1);
    expect(await store.get('inbox', 'k')).not.toBeNull();
  });

  it('treats a sender that throws as a retryable failure', async () => {
    await consents(1);
    await put(store, note('k'));
    const sender = scriptedSender(new Error('socket hang up'), ok);
    expect(await dispatchOutbox({ store, sender, templates }, NOW)).toMatchObject({ retry: 1 });
    expect(await msg('k')).toMatchObject({ state: 'pending', reason: 'socket hang up' });
    expect(await dispatchOutbox({ store, sender, templates }, NOW + MIN)).toMatchObject({ sent: 1 });
  });

  it('computes the schedule from the attempts made', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryAt(n, 0))).toEqual([MIN, 5 * MIN, 30 * MIN, 120 * MIN, null]);
  });
});

describe('dispatchOutbox: a claim that never settles', () => {
  it('is sent again only after its lease lapses, keeping the one consent it took', async () => {
    await consents(1);
    await put(store, note('k'));
    const claimed = await store.transaction((tx) => claimForSend(tx, 'k', templates, NOW));
    expect(claimed.kind).toBe('send');
    expect(await consentCount()).toBe(0);
    // the process stops here: no send result is ever recorded
    const sender = scriptedSender(ok);
    expect(await dispatchOutbox({ store, sender, templates }, NOW + SENDING_LEASE_MS - 1)).toMatchObject({ sent: 0 });
    expect(await dispatchOutbox({ store, sender, templates }, NOW + SENDING_LEASE_MS)).toMatchObject({ sent: 1 });
    expect(await msg('k')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('ignores a late settle from the earlier claim once a later claim owns the message', async () => {
    await consents(1);
    await put(store, note('k'));
    const first = await store.transaction((tx) => claimForSend(tx, 'k', templates, NOW));
    await store.transaction((tx) => claimForSend(tx, 'k', templates, NOW + SENDING_LEASE_MS));
    const { settleSend } = await import('../../../src/server/outbox/settle');
    if (first.kind !== 'send') throw new Error('expected a claim');
    expect(await store.transaction((tx) => settleSend(tx, 'k', first.claim, { sent: true }, NOW + SENDING_LEASE_MS + 1))).toBe('stale');
    expect(await msg('k')).toMatchObject({ state: 'sending', attempts: 2 });
  });

  it('marks a message failed when its lease lapses after the last attempt', async () => {
    await consents(1);
    await put(store, note('k'));
    await store.update('outbox', 'k', { state: 'sending', attempts: MAX_ATTEMPTS, nextAttemptAt: NOW, consentHeld: { openid: 'o-resident', templateId: T } });
    const sender = scriptedSender(ok);
    expect(await dispatchOutbox({ store, sender, templates }, NOW)).toMatchObject({ failed: 1 });
    expect(sender.sent).toHaveLength(0);
    expect(await msg('k')).toMatchObject({ state: 'failed', reason: 'lease-expired' });
  });
});
