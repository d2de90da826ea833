import { nextOutboxState, outboxTransitions } from '../../../src/server/outbox';

describe('outbox transitions', () => {
  it('claims a pending message or marks it undelivered when there is no channel', () => {
    expect(nextOutboxState('pending', 'claim')).toBe('sending');
    expect(nextOutboxState('pending', 'noChannel')).toBe('undelivered');
  });

  it('settles a sending message as sent, retried, failed or undelivered, or claims it again after a crash', () => {
    expect(nextOutboxState('sending', 'sent')).toBe('sent');
    expect(nextOutboxState('sending', 'retry')).toBe('pending');
    expect(nextOutboxState('sending', 'giveUp')).toBe('failed');
    expect(nextOutboxState('sending', 'rejected')).toBe('undelivered');
    expect(nextOutboxState('sending', 'leaseExpired')).toBe('sending');
  });

  it('never moves a sent, undelivered or failed message again', () => {
    for (const s of ['sent', 'undelivered', 'failed'] as const) expect(outboxTransitions[s]).toEqual({});
    expect(nextOutboxState('sent', 'claim')).toBeNull();
  });
});
