import { ACCEPT_CLOCK, answerClockFor, closedQueueKey, queueKeyOf } from '../../../src/domain/tickets/clocks';
import { TICKET_TYPES, type TicketType } from '../../../src/shared/tickets';

describe('ticket clocks', () => {
  it('gives complaints 5 working days to answer, telling the complainant when late (rule 八(五))', () => {
    expect(answerClockFor('complaint')).toEqual({ purpose: 'complaint.answer', title: '投诉答复', rule: { kind: 'workingDays', days: 5 }, tellResident: true });
  });

  it('gives praise no clock and every other type 5 working days', () => {
    const types = Object.keys(TICKET_TYPES) as TicketType[];
    const rules = Object.fromEntries(types.map((t) => [t, answerClockFor(t)?.rule ?? null]));
    expect(rules.praise).toBeNull();
    for (const t of types.filter((x) => x !== 'praise')) expect(rules[t]).toEqual({ kind: 'workingDays', days: 5 });
  });

  it('escalates an online ticket nobody accepted after one working day, warning two hours before', () => {
    expect(ACCEPT_CLOCK.rule).toEqual({ kind: 'workingDays', days: 1 });
    expect(ACCEPT_CLOCK.warnBefore).toEqual({ minutes: 120 });
  });

  it('sorts by due time, then tickets without a clock after all of them, oldest first', () => {
    const keys = [
      queueKeyOf(null, 2_000, 'tk_c'),
      queueKeyOf(5_000_000_000_000, 0, 'tk_b'),
      queueKeyOf(1_000_000_000_000, 0, 'tk_a'),
      queueKeyOf(null, 1_000, 'tk_d'),
    ].sort();
    expect(keys.map((k) => k.split('|')[1])).toEqual(['tk_a', 'tk_b', 'tk_d', 'tk_c']);
  });

  it('breaks ties of the same due time by id, so a cursor never skips one', () => {
    expect(queueKeyOf(7, 0, 'tk_a') < queueKeyOf(7, 0, 'tk_b')).toBe(true);
  });

  it('sorts closed tickets newest closed first', () => {
    expect(closedQueueKey(2_000, 'tk_x') < closedQueueKey(1_000, 'tk_y')).toBe(true);
  });
});
