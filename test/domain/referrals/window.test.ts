import { createCalendar } from '../../../src/domain/calendar';
import { answerDueAt } from '../../../src/domain/referrals/window';

const cal = createCalendar();
const bj = (s: string) => Date.parse(`${s}+08:00`);

describe('a unit answers a referral within 3 days (rule 七(三)3): calendar days, receipt day not counted, a non-working last day moves on', () => {
  it('received on 2026-09-30, the answer is due 2026-10-08 17:00 (国庆 and 中秋 fill 10-01…10-07)', () => {
    expect(answerDueAt(bj('2026-09-30T10:00:00'), cal)).toBe(bj('2026-10-08T17:00:00'));
  });
  it('received on 国庆 itself, the last day 10-04 is a holiday, so it is due on the first working day after', () => {
    expect(answerDueAt(bj('2026-10-01T09:00:00'), cal)).toBe(bj('2026-10-08T17:00:00'));
  });
  it('received on 2026-10-08, the third day 10-11 is a Sunday, so it is due Monday 10-12 — counts calendar days, not working days', () => {
    expect(answerDueAt(bj('2026-10-08T16:00:00'), cal)).toBe(bj('2026-10-12T17:00:00'));
  });
  it('around 春节 2026: received Friday 02-13, the third day 02-16 is 除夕 (holiday), so it is due on 02-24, the first working day after the holiday', () => {
    expect(answerDueAt(bj('2026-02-13T10:00:00'), cal)).toBe(bj('2026-02-24T17:00:00'));
  });
  it('around 春节 2026: received on 02-11, the third day 02-14 is a Saturday made a working day (调休), so it is due that Saturday', () => {
    expect(answerDueAt(bj('2026-02-11T10:00:00'), cal)).toBe(bj('2026-02-14T17:00:00'));
  });
  it('an ordinary week: received Thursday 2026-11-26, the third day is Sunday 11-29, so it is due Monday 11-30', () => {
    expect(answerDueAt(bj('2026-11-26T10:00:00'), cal)).toBe(bj('2026-11-30T17:00:00'));
  });
  it('received after closing time still counts from the day of receipt', () => {
    expect(answerDueAt(bj('2026-11-24T18:30:00'), cal)).toBe(bj('2026-11-27T17:00:00'));
  });
});
