import { createCalendar } from '../../../src/domain/calendar';
import { statutoryDays } from '../../../src/domain/calendar/statute';
import { NOTICE_2025, NOTICE_2026, type NoticeEntry } from '../fixtures/official-notices';

function expand([from, to]: [string, string]): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86400000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The statutory days by law of 2027, worked out by hand: 除夕 2027-02-05, 正月初一 02-06. */
const STATUTORY_2027 = [
  ['2027-01-01', '元旦'], ['2027-02-05', '春节'], ['2027-02-06', '春节'], ['2027-02-07', '春节'], ['2027-02-08', '春节'],
  ['2027-04-05', '清明节'], ['2027-05-01', '劳动节'], ['2027-05-02', '劳动节'], ['2027-06-09', '端午节'], ['2027-09-15', '中秋节'],
  ['2027-10-01', '国庆节'], ['2027-10-02', '国庆节'], ['2027-10-03', '国庆节'],
];

describe('the statutory days (放假办法 2024)', () => {
  describe.each([
    [2025, NOTICE_2025, { 除夕: '2025-01-28', 清明节: '2025-04-04', 端午节: '2025-05-31', 中秋节: '2025-10-06' }],
    [2026, NOTICE_2026, { 除夕: '2026-02-16', 清明节: '2026-04-05', 端午节: '2026-06-19', 中秋节: '2026-09-25' }],
  ])('the statutory days of %i', (year, notice: NoticeEntry[], known: Record<string, string>) => {
    const days = statutoryDays(year);
    it('are all days off in that year\'s State Council notice', () => {
      const off = new Set(notice.flatMap((n) => expand(n.off)));
      expect(days.filter((d) => !off.has(d.date))).toEqual([]);
      expect(days).toHaveLength(13);
    });
    it('put 除夕, 清明, 端午 and 中秋 on the days the notice gives', () => {
      const spring = days.filter((d) => d.name === '春节').map((d) => d.date);
      expect(spring[0]).toBe(known['除夕']);
      for (const name of ['清明节', '端午节', '中秋节']) expect(days.find((d) => d.name === name)?.date).toBe(known[name]);
    });
  });

  it('treats 2027-02-05 (除夕) and 2027-02-06 (正月初一) as days off before the notice', () => {
    const cal = createCalendar();
    expect(cal.dayInfo('2027-02-05')).toMatchObject({ working: false, reason: 'holiday', holidayName: '春节', statutory: true, provisional: true });
    expect(cal.isWorkingDay('2027-02-06')).toBe(false);
  });

  it('knows every statutory day of 2027 and keeps the rest of the year Monday–Friday, provisional', () => {
    expect(statutoryDays(2027).map((d) => [d.date, d.name])).toEqual(STATUTORY_2027);
    const cal = createCalendar();
    for (const [d] of STATUTORY_2027) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.dayInfo('2027-10-04')).toEqual({ date: '2027-10-04', working: true, reason: 'weekday', provisional: true });
  });

  it('skips 2027-01-01 (元旦) when counting working days before the notice', () => {
    expect(createCalendar().addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('joins the names when 中秋 falls on 国庆 (2028-10-03)', () => {
    expect(statutoryDays(2028).filter((d) => d.date === '2028-10-03')).toEqual([{ date: '2028-10-03', name: '中秋节、国庆节' }]);
  });
});
