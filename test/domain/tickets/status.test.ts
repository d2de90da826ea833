import { nextTicketStatus, refusalOf, isOpenStatus, TICKET_EVENTS } from '../../../src/domain/tickets/status';
import type { TicketEvent, TicketStatus } from '../../../src/shared/tickets';

/** The whole table written out independently: [from, event, expected next or null]. */
const expected: Record<TicketStatus, Record<TicketEvent, TicketStatus | null>> = {
  received: { accept: 'processing', reply: null, handOn: null, issueNotice: null, reportDelay: null, markMajor: null, recordTransferReply: null, close: 'closed' },
  processing: { accept: null, reply: 'processing', handOn: 'processing', issueNotice: 'processing', reportDelay: 'processing', markMajor: 'processing', recordTransferReply: 'processing', close: 'closed' },
  closed: { accept: null, reply: null, handOn: null, issueNotice: 'closed', reportDelay: null, markMajor: null, recordTransferReply: 'closed', close: null },
};

const cases = (Object.keys(expected) as TicketStatus[]).flatMap((from) =>
  TICKET_EVENTS.map((event) => [from, event, expected[from][event]] as const),
);

describe('the ticket status machine', () => {
  it('has a case for every status × event pair (3 × 8)', () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases)('from %s, %s leads to %s', (from, event, next) => {
    expect(nextTicketStatus(from, event)).toBe(next);
  });

  it('explains a refusal before acceptance by asking to accept first', () => {
    expect(refusalOf('received', 'reply')).toBe('这件事还没有受理，请先受理再答复');
  });

  it('explains that a ticket being handled cannot be accepted again', () => {
    expect(refusalOf('processing', 'accept')).toBe('这件事已经受理，正在办理中');
  });

  it('explains that a closed ticket cannot be closed or answered again', () => {
    expect(refusalOf('closed', 'close')).toBe('这件事已办结，不能再办结');
    expect(refusalOf('closed', 'handOn')).toBe('这件事已办结，不能再转交');
  });

  it('counts received and processing as open, closed as not', () => {
    expect([isOpenStatus('received'), isOpenStatus('processing'), isOpenStatus('closed')]).toEqual([true, true, false]);
  });
});
