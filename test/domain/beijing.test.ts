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

describe('isYmd, by arithmetic', () => {
  it('agrees with the Date round trip on every day string from 1899 to 2101 and on malformed ones', () => {
    const viaDate = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      return !!m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().slice(0, 10) === s;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let y = 1899; y <= 2101; y += y % 100 < 3 || y % 100 > 97 ? 1 : 7) {
      for (let mo = 0; mo <= 13; mo++) for (let d = 0; d <= 32; d++) {
        const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
        expect([s, isYmd(s)]).toEqual([s, viaDate(s)]);
      }
    }
    for (const s of ['0050-01-01', '2026-1-01', '2026-01-1', ' 2026-01-01', '2026/01/01', '']) expect([s, isYmd(s)]).toEqual([s, viaDate(s)]);
  });
});
