import { handOverHalfOf, isLetterPeriod, periodEnded, periodRange, periodsOfHalf, periodWords } from '../../../src/domain/archives';

const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

describe('letters periods and the half-yearly hand-over (rule 九(五)(六))', () => {
  it('accepts a half year or a year as a letters period', () => {
    expect(['2026-H1', '2026-H2', '2026'].map(isLetterPeriod)).toEqual([true, true, true]);
    expect(['2026-H3', '2026-06', '26'].map(isLetterPeriod)).toEqual([false, false, false]);
  });

  it('spans Beijing half years and years, ending at midnight of the next', () => {
    expect(periodRange('2026-H1')).toEqual([bj('2026-01-01 00:00'), bj('2026-07-01 00:00')]);
    expect(periodRange('2026-H2')).toEqual([bj('2026-07-01 00:00'), bj('2027-01-01 00:00')]);
    expect(periodRange('2026')).toEqual([bj('2026-01-01 00:00'), bj('2027-01-01 00:00')]);
    expect(periodEnded('2026-H2', bj('2026-12-31 23:59'))).toBe(false);
    expect(periodEnded('2026-H2', bj('2027-01-01 00:00'))).toBe(true);
    expect(periodWords('2026-H2')).toBe('2026年下半年');
  });

  it('hands over the half year before in January and July only, with the volumes that fall in it', () => {
    expect(handOverHalfOf('2027-01')).toBe('2026-H2');
    expect(handOverHalfOf('2026-07')).toBe('2026-H1');
    expect(handOverHalfOf('2026-08')).toBeNull();
    expect(periodsOfHalf('2026-H1')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-H1']);
    expect(periodsOfHalf('2026-H2')).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2026-H2', '2026']);
  });
});
