import { materialsStanding } from '../../../src/domain/legal-aid';

const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

describe('where owed materials stand (issue 11: the staff row and sheet say it in words)', () => {
  const owed = { dueDate: '2026-12-04', suppliedAt: null };
  it('is owed until 17:00 of the day given, then late', () => {
    expect(materialsStanding(owed, bj('2026-12-04 16:59'))).toBe('owed');
    expect(materialsStanding(owed, bj('2026-12-04 17:00'))).toBe('late');
    expect(materialsStanding({ ...owed, dueAt: bj('2026-12-04 17:00') }, bj('2026-12-01 09:00'))).toBe('owed');
  });
  it('is late once the scheduler recorded the lapse, whatever the clock says', () => {
    expect(materialsStanding({ ...owed, lateAt: bj('2026-12-04 17:05') }, bj('2026-12-01 09:00'))).toBe('late');
  });
  it('tells supplied in time from supplied after the day or after a recorded lapse', () => {
    expect(materialsStanding({ ...owed, suppliedAt: bj('2026-12-03 10:00') }, bj('2026-12-20 10:00'))).toBe('supplied');
    expect(materialsStanding({ ...owed, suppliedAt: bj('2026-12-05 10:00') }, bj('2026-12-20 10:00'))).toBe('suppliedLate');
    expect(materialsStanding({ ...owed, suppliedAt: bj('2026-12-05 10:00'), lateAt: bj('2026-12-04 17:05') }, bj('2026-12-20 10:00'))).toBe('suppliedLate');
  });
});
