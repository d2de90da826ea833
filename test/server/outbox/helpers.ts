import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';
import type { SendOutcome, SubscribeMessage, SubscribeSender } from '../../../src/server/ports/sender';
import { enqueue, type Notification } from '../../../src/server/outbox';

export const NOW = Date.parse('2026-11-26T10:00:00+08:00');
export const MIN = 60_000;

export function freshStore(): SqliteStore {
  return openSqliteStore({ file: ':memory:' });
}

/** A sender answering from a script of outcomes (the last one repeats), recording every message. */
export function scriptedSender(...outcomes: Array<SendOutcome | Error>): SubscribeSender & { sent: SubscribeMessage[] } {
  const sent: SubscribeMessage[] = [];
  return {
    sent,
    async send(m) {
      sent.push(m);
      const next = outcomes.length > 1 ? outcomes.shift()! : outcomes[0];
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

export const note = (key: string, extra: Partial<Notification> = {}): Notification => ({
  key,
  recipient: { openid: 'o-resident' },
  purpose: 'ticketReplied',
  title: '您的咨询已答复',
  body: '请打开小程序查看答复内容。',
  ...extra,
});

export const put = (store: SqliteStore, n: Notification, at = NOW) => store.transaction((tx) => enqueue(tx, n, at));
