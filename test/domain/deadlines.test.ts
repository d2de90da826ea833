import { createCalendar } from '../../src/domain/calendar';
import { closingInstant, computeClock, mergePauses, pausedSpan, type ClockRule } from '../../src/domain/deadlines';
import { NOTICE_2025, NOTICE_2026 } from './fixtures/official-notices';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const cal = createCalendar();
const fiveDays: ClockRule = { kind: 'workingDays', days: 5 };

/** Working days per the typed notices (independent of chinese-days), for 2024-12 … 2027-01. */
const notices = [...NOTICE_2025, ...NOTICE_2026];
const off = new Set<string>();
for (const n of notices) for (let t = Date.parse(n.off[0]); t <= Date.parse(n.off[1]); t += 86400000) off.add(new Date(t).toISOString().slice(0, 10));
const work = new Set(notices.flatMap((n) => n.work));
const shift = (ymd: string, n: number) => new Date(Date.parse(ymd) + n * 86400000).toISOString().slice(0, 10);
const noticeWorking = (ymd: string) => work.has(ymd) || (![0, 6].includes(new Date(Date.parse(ymd)).getUTCDay()) && !off.has(ymd));
function noticeAddWorkingDays(ymd: string, n: number): string {
  let d = ymd;
  for (let k = 0; k < n; d = shift(d, 1)) if (noticeWorking(shift(d, 1))) k++;
  return d;
}

describe('5-working-day clocks around every holiday of 2025–2026 (checked against the typed notices)', () => {
  const dayBefore = notices.map((n) => [n.name, shift(n.off[0], -1)] as const);
  it.each(dayBefore)('started the day before %s (%s) at 10:00', (_name, start) => {
    const clock = computeClock(fiveDays, at(`${start}T10:00:00`), cal);
    expect(clock.dueAt).toBe(closingInstant(noticeAddWorkingDays(start, 5)));
  });
  const adjusted = notices.flatMap((n) => n.work.map((w) => [n.name, w] as const));
  it.each(adjusted)('started on the %s 调休 working day %s (not counted) and on the day before it (counted)', (_name, w) => {
    expect(computeClock(fiveDays, at(`${w}T10:00:00`), cal).dueAt).toBe(closingInstant(noticeAddWorkingDays(w, 5)));
    const before = shift(w, -1);
    expect(computeClock(fiveDays, at(`${before}T10:00:00`), cal).dueAt).toBe(closingInstant(noticeAddWorkingDays(before, 5)));
  });
  it('gives the examples written out by hand', () => {
    expect(computeClock(fiveDays, at('2025-09-30T10:00:00'), cal).dueAt).toBe(at('2025-10-14T17:00:00'));
    expect(computeClock(fiveDays, at('2026-09-30T10:00:00'), cal).dueAt).toBe(at('2026-10-13T17:00:00'));
    expect(computeClock({ kind: 'workingDays', days: 3 }, at('2025-09-26T16:00:00'), cal).dueAt).toBe(at('2025-09-30T17:00:00'));
    expect(computeClock({ kind: 'workingDays', days: 3 }, at('2026-02-13T09:00:00'), cal).dueAt).toBe(at('2026-02-25T17:00:00'));
    expect(computeClock(fiveDays, at('2026-10-10T10:00:00'), cal).dueAt).toBe(at('2026-10-16T17:00:00'));
  });
  it('counts from the next day whatever the hour of receipt, including after closing and on a day off', () => {
    expect(computeClock(fiveDays, at('2025-09-30T23:30:00'), cal).dueAt).toBe(at('2025-10-14T17:00:00'));
    expect(computeClock(fiveDays, at('2025-10-03T10:00:00'), cal).dueAt).toBe(at('2025-10-14T17:00:00')); // 10-09, 10-10, 10-11 (Sat), 10-13, 10-14
    expect(computeClock(fiveDays, at('2025-10-09T17:30:00'), cal).dueAt).toBe(at('2025-10-15T17:00:00')); // 10-10, 10-11 (Sat), 10-13, 10-14, 10-15
  });
});

describe('calendar-day clocks (第203条: a last day off moves to the next working day)', () => {
  const three: ClockRule = { kind: 'calendarDays', days: 3 };
  it('moves a last day in 国庆节 2025 to 2025-10-09', () => {
    expect(computeClock(three, at('2025-09-30T10:00:00'), cal).dueAt).toBe(at('2025-10-09T17:00:00'));
  });
  it('moves a last day in 春节 2026 to 2026-02-24', () => {
    expect(computeClock(three, at('2026-02-12T10:00:00'), cal).dueAt).toBe(at('2026-02-24T17:00:00'));
  });
  it('keeps a last day that is a working day, including a 调休 Saturday', () => {
    expect(computeClock({ kind: 'calendarDays', days: 7 }, at('2026-01-05T10:00:00'), cal).dueAt).toBe(at('2026-01-12T17:00:00'));
    expect(computeClock({ kind: 'calendarDays', days: 3 }, at('2026-10-07T10:00:00'), cal).dueAt).toBe(at('2026-10-10T17:00:00'));
  });
});

describe('same-working-day clocks (绿色通道 五个当天)', () => {
  const same: ClockRule = { kind: 'sameWorkingDay' };
  it('ends at closing time of a working day received before closing, warning 120 minutes before', () => {
    expect(computeClock(same, at('2026-11-26T10:00:00'), cal)).toMatchObject({ dueAt: at('2026-11-26T17:00:00'), warnAt: at('2026-11-26T15:00:00') });
    expect(computeClock(same, at('2026-10-10T10:00:00'), cal).dueAt).toBe(at('2026-10-10T17:00:00'));
  });
  it('moves to the next working day when received at or after closing', () => {
    expect(computeClock(same, at('2026-11-26T17:00:00'), cal).dueAt).toBe(at('2026-11-27T17:00:00'));
    expect(computeClock(same, at('2026-10-09T17:30:00'), cal).dueAt).toBe(at('2026-10-10T17:00:00'));
  });
  it('moves to the next working day when received on a day off', () => {
    expect(computeClock(same, at('2026-11-28T10:00:00'), cal).dueAt).toBe(at('2026-11-30T17:00:00'));
    expect(computeClock(same, at('2026-10-03T10:00:00'), cal).dueAt).toBe(at('2026-10-08T17:00:00'));
  });
  it('honours another closing time', () => {
    expect(computeClock(same, at('2026-11-26T16:45:00'), cal, { closingTime: '16:30' }).dueAt).toBe(at('2026-11-27T16:30:00'));
    expect(() => computeClock(same, 0, cal, { closingTime: '25:00' })).toThrow(RangeError);
  });
});

describe('pauses (补充材料: time waiting for the resident is not counted)', () => {
  const start = at('2026-11-23T10:00:00'); // Monday; 5 working days → Mon 11-30
  it('has no due or warning while a pause is open', () => {
    const c = computeClock(fiveDays, start, cal, { pauses: [{ from: at('2026-11-24T10:00:00') }] });
    expect(c).toMatchObject({ dueAt: null, warnAt: null, provisional: false, calendarVersion: cal.version });
  });
  it('moves the due by the working days spanned: paused Fri → resumed Mon is 1 working day', () => {
    const pauses = [{ from: at('2026-11-27T10:00:00'), to: at('2026-11-30T11:00:00') }];
    expect(computeClock(fiveDays, start, cal).dueAt).toBe(at('2026-11-30T17:00:00'));
    expect(computeClock(fiveDays, start, cal, { pauses }).dueAt).toBe(at('2026-12-01T17:00:00'));
  });
  it('does not move the due for a pause within one day', () => {
    const pauses = [{ from: at('2026-11-24T10:00:00'), to: at('2026-11-24T15:00:00') }];
    expect(computeClock(fiveDays, start, cal, { pauses }).dueAt).toBe(at('2026-11-30T17:00:00'));
  });
  it('skips holidays inside a pause for working-day clocks', () => {
    const pauses = [{ from: at('2026-09-30T10:00:00'), to: at('2026-10-09T10:00:00') }]; // 10-08, 10-09 are working
    expect(computeClock(fiveDays, at('2026-09-28T10:00:00'), cal, { pauses }).dueAt).toBe(at('2026-10-13T17:00:00')); // 5 + 2: 9-29, 9-30, 10-08, 10-09, 10-10 (Sat), 10-12, 10-13
  });
  it('counts calendar days for calendar clocks, then applies 第203条', () => {
    const pauses = [{ from: at('2026-11-24T10:00:00'), to: at('2026-11-27T10:00:00') }]; // 3 calendar days
    // 7 + 3 = 10 days after 11-23 is Thu 12-03
    expect(computeClock({ kind: 'calendarDays', days: 7 }, start, cal, { pauses }).dueAt).toBe(at('2026-12-03T17:00:00'));
    const weekend = [{ from: at('2026-11-24T10:00:00'), to: at('2026-11-29T10:00:00') }]; // 5 days → Sat 12-05 → Mon 12-07
    expect(computeClock({ kind: 'calendarDays', days: 7 }, start, cal, { pauses: weekend }).dueAt).toBe(at('2026-12-07T17:00:00'));
  });
  it('merges overlapping pauses and ignores time before the clock started', () => {
    expect(mergePauses([{ from: 20, to: 30 }, { from: 5, to: 12 }, { from: 10, to: 15 }, { from: 40, to: 40 }], 8)).toEqual([
      { from: 8, to: 15 },
      { from: 20, to: 30 },
    ]);
    const overlapping = [
      { from: at('2026-11-24T10:00:00'), to: at('2026-11-25T10:00:00') },
      { from: at('2026-11-24T16:00:00'), to: at('2026-11-26T10:00:00') },
    ];
    expect(computeClock(fiveDays, start, cal, { pauses: overlapping }).dueAt).toBe(at('2026-12-02T17:00:00'));
  });
  it('leaves at least the rest of the resumption day: a same-day clock resumed after closing ends next working day', () => {
    const pauses = [{ from: at('2026-11-26T10:00:00'), to: at('2026-11-26T17:30:00') }];
    expect(computeClock({ kind: 'sameWorkingDay' }, at('2026-11-26T09:30:00'), cal, { pauses }).dueAt).toBe(at('2026-11-27T17:00:00'));
  });
});

describe('warnings', () => {
  it('warns at closing time of the previous working day by default, skipping holidays', () => {
    expect(computeClock(fiveDays, at('2025-09-30T10:00:00'), cal).warnAt).toBe(at('2025-10-13T17:00:00'));
    expect(computeClock({ kind: 'calendarDays', days: 3 }, at('2025-09-30T10:00:00'), cal).warnAt).toBe(at('2025-09-30T17:00:00'));
    expect(computeClock(fiveDays, at('2026-10-09T10:00:00'), cal)).toMatchObject({ dueAt: at('2026-10-15T17:00:00'), warnAt: at('2026-10-14T17:00:00') });
    expect(computeClock(fiveDays, at('2026-10-08T10:00:00'), cal).warnAt).toBe(at('2026-10-13T17:00:00'));
  });
  it('takes a number of working days or minutes', () => {
    expect(computeClock(fiveDays, at('2025-09-30T10:00:00'), cal, { warnBefore: { workingDays: 2 } }).warnAt).toBe(at('2025-10-11T17:00:00'));
    expect(computeClock(fiveDays, at('2025-09-30T10:00:00'), cal, { warnBefore: { minutes: 30 } }).warnAt).toBe(at('2025-10-14T16:30:00'));
  });
  it('never warns before the clock started', () => {
    const c = computeClock({ kind: 'workingDays', days: 1 }, at('2026-11-23T10:00:00'), cal, { warnBefore: { workingDays: 3 } });
    expect(c.warnAt).toBe(at('2026-11-23T10:00:00'));
  });
  it('rejects negative warnings and day counts', () => {
    expect(() => computeClock(fiveDays, 0, cal, { warnBefore: { minutes: -1 } })).toThrow(RangeError);
    expect(() => computeClock({ kind: 'workingDays', days: -2 }, 0, cal)).toThrow(RangeError);
  });
});

describe('provisional years and calendar version', () => {
  it('flags a clock running into 2027, but not one ending in 2026', () => {
    expect(computeClock(fiveDays, at('2026-12-28T10:00:00'), cal).provisional).toBe(true);
    expect(computeClock(fiveDays, at('2026-12-20T10:00:00'), cal).provisional).toBe(false);
    expect(computeClock({ kind: 'calendarDays', days: 30 }, at('2026-12-15T10:00:00'), cal).provisional).toBe(true);
  });
  it('flags an open pause in 2027 and stops flagging once the admin declares 2027', () => {
    expect(computeClock(fiveDays, at('2026-12-28T10:00:00'), cal, { pauses: [{ from: at('2027-01-05T10:00:00') }] }).provisional).toBe(true);
    const declared = createCalendar([], { officialYears: [2027] });
    expect(computeClock(fiveDays, at('2026-12-28T10:00:00'), declared).provisional).toBe(false);
  });
  it('records the version of the calendar used', () => {
    const other = createCalendar([{ date: '2026-12-31', working: false }]);
    expect(computeClock(fiveDays, at('2026-12-28T10:00:00'), other)).toMatchObject({ calendarVersion: other.version, dueAt: at('2027-01-06T17:00:00') }); // 12-31 closed, 01-01 元旦 by law
    expect(other.version).not.toBe(cal.version);
  });
});

describe('pausedSpan', () => {
  it('counts working days for working-day clocks and calendar days for calendar clocks', () => {
    const span = [{ from: at('2026-11-27T10:00:00'), to: at('2026-11-30T10:00:00') }];
    expect(pausedSpan(fiveDays, span, cal)).toBe(1);
    expect(pausedSpan({ kind: 'calendarDays', days: 7 }, span, cal)).toBe(3);
  });
});
