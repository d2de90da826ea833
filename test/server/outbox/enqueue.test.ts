import { enqueue, type OutboxDoc } from '../../../src/server/outbox';
import type { SqliteStore } from '../../../src/server/store/sqlite';
import { freshStore, note, NOW, put } from './helpers';

let store: SqliteStore;
beforeEach(() => {
  store = freshStore();
});
afterEach(() => store.close());

describe('enqueue', () => {
  it('writes the outbox message and the inbox entry under the dedupe key', async () => {
    expect(await put(store, note('ticket:t1:replied', { dueAt: NOW + 1000, link: 'pages/ticket/index?id=t1' }))).toBe('queued');
    expect(await store.get<OutboxDoc>('outbox', 'ticket:t1:replied')).toMatchObject({
      recipientKey: 'openid:o-resident', state: 'pending', attempts: 0, nextAttemptAt: NOW, createdAt: NOW,
    });
    expect(await store.get('inbox', 'ticket:t1:replied')).toMatchObject({
      recipient: 'openid:o-resident', title: '您的咨询已答复', dueAt: NOW + 1000, link: 'pages/ticket/index?id=t1', readAt: null,
    });
  });

  it('writes nothing the second time the same key is enqueued', async () => {
    await put(store, note('k'));
    const before = await store.get('outbox', 'k');
    expect(await put(store, note('k', { title: '另一条' }), NOW + 5000)).toBe('duplicate');
    expect(await store.get('outbox', 'k')).toEqual(before);
    expect(await store.count('outbox')).toBe(1);
    expect(await store.count('inbox')).toBe(1);
  });

  it('leaves nothing behind when the change it belongs to is rolled back', async () => {
    await expect(store.transaction(async (tx) => {
      await enqueue(tx, note('k'), NOW);
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await store.count('outbox')).toBe(0);
    expect(await store.count('inbox')).toBe(0);
  });

  it('refuses a notification with neither a staff id nor an openid', async () => {
    await expect(put(store, note('k', { recipient: {} }))).rejects.toThrow(RangeError);
    expect(await store.count('outbox')).toBe(0);
  });
});
