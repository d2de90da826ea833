import { createCalendar } from '../../src/domain/calendar';
import { NOTICE_2025, NOTICE_2026, type NoticeEntry } from './fixtures/official-notices';

/** Every day of a year, computed here without the code under test. */
function daysOfYear(year: number): { ymd: string; weekday: number }[] {
  const out: { ymd: string; weekday: number }[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86400000) {
    out.push({ ymd: new Date(t).toISOString().slice(0, 10), weekday: new Date(t).getUTCDay() });
  }
  return out;
}

function expand([from, to]: [string, string]): string[] {
  return daysOfYear(+from.slice(0, 4)).map((d) => d.ymd).filter((d) => d >= from && d <= to);
}

function expectedWorking(notice: NoticeEntry[], year: number): Map<string, boolean> {
  const off = new Set(notice.flatMap((n) => expand(n.off)));
  const work = new Set(notice.flatMap((n) => n.work));
  return new Map(daysOfYear(year).map(({ ymd, weekday }) => [ymd, work.has(ymd) || (weekday >= 1 && weekday <= 5 && !off.has(ymd))]));
}

describe.each([
  [2025, NOTICE_2025],
  [2026, NOTICE_2026],
])('the calendar against the official %i notice', (year, notice) => {
  const cal = createCalendar();
  const expected = expectedWorking(notice, year);

  it(`agrees on every one of the ${year} days`, () => {
    expect(expected.size).toBeGreaterThanOrEqual(365);
    const mismatches = [...expected].filter(([ymd, working]) => cal.isWorkingDay(ymd) !== working);
    expect(mismatches).toEqual([]);
  });

  it('is not provisional for that year', () => {
    expect(cal.isProvisional(`${year}-06-15`)).toBe(false);
  });

  it('names each holiday in Chinese and marks each adjusted working day', () => {
    for (const entry of notice) {
      for (const d of expand(entry.off)) {
        const info = cal.dayInfo(d);
        expect(info).toMatchObject({ date: d, working: false, reason: 'holiday' });
        expect(entry.name.split('、')).toContain(info.holidayName);
      }
      for (const d of entry.work) expect(cal.dayInfo(d)).toMatchObject({ working: true, reason: 'adjustedWorkday' });
    }
  });
});

describe('working-day counting (day of receipt not counted, 民法典 第201条)', () => {
  const cal = createCalendar();

  it('counts the 调休 Saturday 2025-10-11: 5 working days from 2025-09-30 end on 2025-10-14', () => {
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
  });
  it('counts the 调休 Sunday 2025-09-28: 3 working days from 2025-09-26 end on 2025-09-30', () => {
    expect(cal.addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
  });
  it('skips 春节 2026: 3 working days from 2026-02-13 end on 2026-02-25', () => {
    expect(cal.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
  });
  it('returns the same day for 0 and counts backwards for negative n', () => {
    expect(cal.addWorkingDays('2025-10-05', 0)).toBe('2025-10-05');
    expect(cal.addWorkingDays('2025-10-14', -5)).toBe('2025-09-30');
  });
  it('finds the next and previous working day strictly after/before', () => {
    expect(cal.nextWorkingDay('2026-09-30')).toBe('2026-10-08');
    expect(cal.nextWorkingDay('2026-10-09')).toBe('2026-10-10');
    expect(cal.previousWorkingDay('2026-10-08')).toBe('2026-09-30');
    expect(cal.previousWorkingDay('2026-01-05')).toBe('2026-01-04');
  });
  it('counts working days in (from, to]', () => {
    expect(cal.countWorkingDays('2025-09-30', '2025-10-14')).toBe(5);
    expect(cal.countWorkingDays('2025-10-14', '2025-09-30')).toBe(0);
  });
  it('rejects malformed days and fractional counts', () => {
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2025/10/01')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-10-01', 1.5)).toThrow(RangeError);
  });
});

describe('dayInfo', () => {
  const cal = createCalendar();
  it('tells weekday, weekend, holiday and adjusted working day apart', () => {
    expect(cal.dayInfo('2025-10-09')).toEqual({ date: '2025-10-09', working: true, reason: 'weekday', provisional: false });
    expect(cal.dayInfo('2025-10-12')).toEqual({ date: '2025-10-12', working: false, reason: 'weekend', provisional: false });
    expect(cal.dayInfo('2025-10-06')).toMatchObject({ reason: 'holiday', holidayName: '中秋节' });
    expect(cal.dayInfo('2025-10-01')).toMatchObject({ reason: 'holiday', holidayName: '国庆节' });
    expect(cal.dayInfo('2026-01-01')).toMatchObject({ holidayName: '元旦' });
    expect(cal.dayInfo('2026-02-16')).toMatchObject({ holidayName: '春节' });
    expect(cal.dayInfo('2026-04-05')).toMatchObject({ holidayName: '清明节' });
    expect(cal.dayInfo('2026-05-01')).toMatchObject({ holidayName: '劳动节' });
    expect(cal.dayInfo('2026-06-19')).toMatchObject({ holidayName: '端午节' });
    expect(cal.dayInfo('2026-09-25')).toMatchObject({ holidayName: '中秋节' });
    expect(cal.dayInfo('2026-10-10')).toMatchObject({ working: true, reason: 'adjustedWorkday', holidayName: '国庆节' });
  });
});

describe('admin overrides', () => {
  it('take precedence in both directions and keep the note', () => {
    const cal = createCalendar([
      { date: '2026-10-08', working: false, note: '站内停电' },
      { date: '2026-10-05', working: true, note: '集中调解日' },
    ]);
    expect(cal.dayInfo('2026-10-08')).toMatchObject({ working: false, reason: 'overrideOff', note: '站内停电' });
    expect(cal.dayInfo('2026-10-05')).toMatchObject({ working: true, reason: 'overrideWorking', holidayName: '国庆节', note: '集中调解日' });
    expect(cal.nextWorkingDay('2026-09-30')).toBe('2026-10-05');
    expect(cal.addWorkingDays('2026-10-05', 1)).toBe('2026-10-09');
  });
  it('can turn an official adjusted working day into a day off', () => {
    const cal = createCalendar([{ date: '2025-10-11', working: false }]);
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-15');
  });
  it('rejects malformed and repeated override dates', () => {
    expect(() => createCalendar([{ date: '2026-13-01', working: false }])).toThrow(RangeError);
    expect(() => createCalendar([{ date: '2026-10-08', working: false }, { date: '2026-10-08', working: true }])).toThrow(RangeError);
  });
});

describe('years without an official notice (2027)', () => {
  it('reports 2027-10-01 as a day off by law (国庆节), flagged provisional, never silently a working day', () => {
    const info = createCalendar().dayInfo('2027-10-01');
    expect(info).toEqual({ date: '2027-10-01', working: false, reason: 'holiday', holidayName: '国庆节', provisional: true, statutory: true });
    expect(createCalendar().isProvisional('2027-01-04')).toBe(true);
  });
  it('stops being provisional when the admin enters the year\'s notice, which replaces the statute for that year', () => {
    const cal = createCalendar([], { notices: [{ year: 2027, days: [
      { date: '2027-10-01', off: true, name: '国庆节' }, { date: '2027-10-07', off: true, name: '国庆节' }, { date: '2027-10-09', off: false, name: '国庆节' },
    ] }] });
    expect(cal.isProvisional('2027-06-15')).toBe(false);
    expect(cal.dayInfo('2027-10-07')).toEqual({ date: '2027-10-07', working: false, reason: 'holiday', holidayName: '国庆节', provisional: false });
    expect(cal.dayInfo('2027-10-09')).toMatchObject({ working: true, reason: 'adjustedWorkday' });
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // this made-up notice does not list 元旦: the notice speaks for its year
    expect(cal.isProvisional('2028-01-03')).toBe(true);
  });
  it('rejects a notice day outside its year and a year entered twice', () => {
    expect(() => createCalendar([], { notices: [{ year: 2027, days: [{ date: '2028-01-01', off: true, name: '元旦' }] }] })).toThrow(RangeError);
    expect(() => createCalendar([], { notices: [{ year: 2027, days: [] }, { year: 2027, days: [] }] })).toThrow(RangeError);
  });
  it('stops being provisional when the admin declares the year official, with the notice as overrides', () => {
    const cal = createCalendar([{ date: '2027-10-01', working: false, note: '国庆节' }], { officialYears: [2027] });
    expect(cal.isProvisional('2027-10-01')).toBe(false);
    expect(cal.dayInfo('2027-10-01')).toMatchObject({ working: false, reason: 'overrideOff', provisional: false });
  });
});

describe('version', () => {
  it('is short, names the data, and is stable for the same inputs in any order', () => {
    const a = createCalendar([{ date: '2026-10-08', working: false }, { date: '2026-10-05', working: true }]);
    const b = createCalendar([{ date: '2026-10-05', working: true }, { date: '2026-10-08', working: false }]);
    expect(a.version).toMatch(/^cd1\.5\.7\+law2024-[0-9a-f]{8}$/);
    expect(a.version).toBe(b.version);
  });
  it('changes when an override, its working flag, its note or the official years change', () => {
    const versions = [
      createCalendar().version,
      createCalendar([{ date: '2026-10-08', working: false }]).version,
      createCalendar([{ date: '2026-10-08', working: true }]).version,
      createCalendar([{ date: '2026-10-08', working: true, note: '加班' }]).version,
      createCalendar([], { officialYears: [2027] }).version,
      createCalendar([], { notices: [{ year: 2027, days: [] }] }).version,
      createCalendar([], { notices: [{ year: 2027, days: [{ date: '2027-10-08', off: true, name: '国庆节' }] }] }).version,
    ];
    expect(new Set(versions).size).toBe(versions.length);
  });
  it('names the installed chinese-days version', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const pkg = require('chinese-days/package.json') as { version: string };
    expect(createCalendar().version.startsWith(`cd${pkg.version}+`)).toBe(true);
  });
});
