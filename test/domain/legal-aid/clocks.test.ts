import { createCalendar } from '../../../src/domain/calendar';
import { computeClock } from '../../../src/domain/deadlines';
import { clocksAtGrant, clocksAtReceipt, clocksStoppedBy, trackOf } from '../../../src/domain/legal-aid';

const calendar = createCalendar();
const at = (iso: string) => Date.parse(iso);
/** Beijing 'YYYY-MM-DD HH:mm' of an instant. */
const bj = (ms: number | null) => (ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '));

/** Due times of the clocks a track starts at receipt. */
function receiptDue(track: 'sameDay' | 'ordinary', iso: string) {
  return clocksAtReceipt(track).map((c) => ({ purpose: c.purpose, ...computeClock(c.rule, at(iso), calendar, { warnBefore: c.warnBefore }) }));
}

describe('green channel: four same-day clocks (rule 一(四)2 五个当天)', () => {
  it('are all due at 17:00 of the day of application on a working day', () => {
    const due = receiptDue('sameDay', '2026-11-26T10:00:00+08:00');
    expect(due.map((d) => d.purpose)).toEqual(['legalAid.accept', 'legalAid.decide', 'legalAid.assign', 'legalAid.firstAid']);
    expect(due.map((d) => bj(d.dueAt))).toEqual(Array(4).fill('2026-11-26 17:00'));
    expect(due.every((d) => !d.provisional)).toBe(true);
  });

  it('move to the next working day 17:00 when applied after closing time', () => {
    expect(receiptDue('sameDay', '2026-11-26T17:30:00+08:00').map((d) => bj(d.dueAt))).toEqual(Array(4).fill('2026-11-27 17:00'));
  });

  it('move past the weekend when applied on a Saturday', () => {
    expect(bj(receiptDue('sameDay', '2026-11-28T09:30:00+08:00')[0].dueAt)).toBe('2026-11-30 17:00');
  });

  it('during 国庆 2026 are due on the first working day after it, 2026-10-08', () => {
    expect(bj(receiptDue('sameDay', '2026-10-02T10:00:00+08:00')[3].dueAt)).toBe('2026-10-08 17:00');
  });

  it('on the 调休 Saturday after 国庆 (2026-10-10) are due that same day', () => {
    expect(bj(receiptDue('sameDay', '2026-10-10T10:00:00+08:00')[0].dueAt)).toBe('2026-10-10 17:00');
  });

  it('during 春节 2026 are due on 2026-02-24, and on the 调休 Saturday 2026-02-14 the same day', () => {
    expect(bj(receiptDue('sameDay', '2026-02-17T11:00:00+08:00')[1].dueAt)).toBe('2026-02-24 17:00');
    expect(bj(receiptDue('sameDay', '2026-02-14T11:00:00+08:00')[1].dueAt)).toBe('2026-02-14 17:00');
  });

  it('in 2027, a year without a State Council notice yet, are flagged provisional', () => {
    const due = receiptDue('sameDay', '2027-03-10T10:00:00+08:00');
    expect(bj(due[0].dueAt)).toBe('2027-03-10 17:00');
    expect(due.every((d) => d.provisional)).toBe(true);
  });

  it('warn two hours before the closing time', () => {
    const [accept] = receiptDue('sameDay', '2026-11-26T10:00:00+08:00');
    expect(bj(accept.warnAt)).toBe('2026-11-26 15:00');
  });
});

describe('ordinary track (法律援助法 第43条)', () => {
  it('decides within 7 calendar days, the day of receipt not counted: 2026-11-26 → 2026-12-03 17:00', () => {
    const [decide] = receiptDue('ordinary', '2026-11-26T10:00:00+08:00');
    expect(decide.purpose).toBe('legalAid.decide');
    expect(bj(decide.dueAt)).toBe('2026-12-03 17:00');
  });

  it('rolls a last day in 国庆 to the next working day: received 2026-09-28 → 2026-10-08 17:00', () => {
    expect(bj(receiptDue('ordinary', '2026-09-28T15:00:00+08:00')[0].dueAt)).toBe('2026-10-08 17:00');
  });

  it('rolls a last day in 春节 to the next working day: received 2026-02-10 → 2026-02-24 17:00', () => {
    expect(bj(receiptDue('ordinary', '2026-02-10T09:00:00+08:00')[0].dueAt)).toBe('2026-02-24 17:00');
  });

  it('assigns within 3 days of the decision to grant, rolled past 国庆: granted 2026-09-29 → 2026-10-08', () => {
    const [assign] = clocksAtGrant('ordinary');
    expect(assign.purpose).toBe('legalAid.assign');
    expect(bj(computeClock(assign.rule, at('2026-09-29T10:00:00+08:00'), calendar).dueAt)).toBe('2026-10-08 17:00');
  });

  it('a 2027 application is decided on the provisional calendar and says so', () => {
    const [decide] = receiptDue('ordinary', '2027-03-10T10:00:00+08:00');
    expect(bj(decide.dueAt)).toBe('2027-03-17 17:00');
    expect(decide.provisional).toBe(true);
  });

  it('does not count the days spent supplying materials: 3 days paused move the decision 3 days on', () => {
    const [decide] = clocksAtReceipt('ordinary');
    const pauses = [{ from: at('2026-11-26T11:00:00+08:00'), to: at('2026-11-29T11:00:00+08:00') }];
    expect(bj(computeClock(decide.rule, at('2026-11-26T10:00:00+08:00'), calendar, { pauses }).dueAt)).toBe('2026-12-07 17:00');
  });

  it('has no due time while the materials are awaited', () => {
    const [decide] = clocksAtReceipt('ordinary');
    expect(computeClock(decide.rule, at('2026-11-26T10:00:00+08:00'), calendar, { pauses: [{ from: at('2026-11-26T11:00:00+08:00') }] }).dueAt).toBeNull();
  });
});

describe('tracks and what stops the clocks', () => {
  it('treats 先行提供 (urgent, 第44条) like the green channel', () => {
    expect(trackOf({ greenChannel: false, urgent: true })).toBe('sameDay');
    expect(trackOf({ greenChannel: false, urgent: false })).toBe('ordinary');
    expect(clocksAtGrant('sameDay')).toEqual([]);
  });

  it('stops the first-aid clock only on a contact with the applicant', () => {
    expect(clocksStoppedBy('recordProgress', true)).toEqual(['legalAid.firstAid']);
    expect(clocksStoppedBy('recordProgress', false)).toEqual([]);
    expect(clocksStoppedBy('withdraw')).toHaveLength(4);
  });
});
