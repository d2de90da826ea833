import { inboxOnlySender } from '../../../src/server/notify/inbox-only-sender';

describe('inboxOnlySender', () => {
  it('answers a final no-wechat failure, so the outbox marks the message undelivered and it stays in the inbox', async () => {
    expect(await inboxOnlySender.send({ touser: 'o1', templateId: 'T1', data: {} })).toEqual({ sent: false, retryable: false, reason: 'no-wechat' });
  });
});
