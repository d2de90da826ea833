import { addCalendarDays, beijingInstant, beijingMinuteOfDay, daysBetween, isYmd, parseHm, toBeijingDate, weekdayOf, yearOf } from '../../src/domain/beijing';

describe('Beijing time', () => {
  it('puts 16:30 UTC on the next Beijing day', () => {
    expect(toBeijingDate(Date.parse('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(toBeijingDate(Date.parse('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
  });
  it('gives minutes after Beijing midnight', () => {
    expect(beijingMinuteOfDay(Date.parse('2026-10-10T10:00:00+08:00'))).toBe(600);
    expect(beijingMinuteOfDay(Date.parse('2026-10-10T00:00:00+08:00'))).toBe(0);
    expect(beijingMinuteOfDay(Date.parse('1969-12-31T23:59:00+08:00'))).toBe(1439);
  });
  it('builds instants from a Beijing day and time', () => {
    expect(beijingInstant('2026-10-08', '09:00')).toBe(Date.parse('2026-10-08T09:00:00+08:00'));
    expect(beijingInstant('2026-10-08', '17:00')).toBe(Date.parse('2026-10-08T09:00:00Z'));
  });
  it('adds and counts calendar days across months and years', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-02-13', '2026-02-25')).toBe(12);
    expect(daysBetween('2026-02-25', '2026-02-13')).toBe(-12);
  });
  it('knows weekdays (0 = Sunday) and years', () => {
    expect(weekdayOf('2025-10-11')).toBe(6);
    expect(weekdayOf('2025-09-28')).toBe(0);
    expect(weekdayOf('2026-10-08')).toBe(4);
    expect(yearOf('2027-10-01')).toBe(2027);
  });
  it('rejects malformed days and times', () => {
    expect(isYmd('2026-02-29')).toBe(false);
    expect(isYmd('2024-02-29')).toBe(true);
    expect(() => addCalendarDays('2026-2-1', 1)).toThrow(RangeError);
    expect(() => parseHm('9:60')).toThrow(RangeError);
    expect(parseHm('9:05')).toBe(545);
  });
});
