import { createCalendar } from '../../src/domain/calendar';
import { daySlots, daysFrom, horizonEnd, offerCutoff, offeredSlots, slotCapacity, slotEnd, slotGrid, slotRefusal, slotsOverlapping } from '../../src/domain/slots';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const cal = createCalendar();
const rules = { slotMinutes: 30, horizonDays: 14, minLeadMinutes: 120 };
const none = new Map<string, string>();
const starts = (ymd: string, now: number, c = cal, closed = none) => offeredSlots(ymd, now, c, rules, closed).map((s) => s.start);

describe('slotGrid', () => {
  it('cuts 09:00–12:00 and 13:30–17:00 into 13 half-hour slots', () => {
    const grid = slotGrid(30);
    expect(grid).toHaveLength(13);
    expect(grid[0]).toEqual({ start: '09:00', end: '09:30' });
    expect(grid[grid.length - 1]).toEqual({ start: '16:30', end: '17:00' });
  });
  it('excludes 12:00–13:30', () => {
    const inLunch = slotGrid(30).filter((s) => s.end > '12:00' && s.start < '13:30');
    expect(inLunch).toEqual([]);
    expect(slotGrid(30).map((s) => s.start)).toContain('11:30');
    expect(slotGrid(30).map((s) => s.start)).toContain('13:30');
  });
  it('drops a slot that would run past the end of a session', () => {
    expect(slotGrid(45).map((s) => s.start)).toEqual(['09:00', '09:45', '10:30', '11:15', '13:30', '14:15', '15:00', '15:45']);
  });
});

describe('offeredSlots', () => {
  const weekBefore = at('2026-09-30T10:00:00');
  it('offers no slots on 2026-10-05 (国庆节)', () => {
    expect(starts('2026-10-05', weekBefore)).toEqual([]);
  });
  it('offers the 调休 Saturday 2026-10-10', () => {
    expect(starts('2026-10-10', weekBefore)).toHaveLength(13);
  });
  it('offers no slots on an ordinary Saturday or an admin day off', () => {
    expect(starts('2026-11-28', at('2026-11-26T10:00:00'))).toEqual([]);
    const off = createCalendar([{ date: '2026-11-30', working: false, note: '全员培训' }]);
    expect(starts('2026-11-30', at('2026-11-26T10:00:00'), off)).toEqual([]);
  });
  it('leaves out past slots and those starting within the lead time', () => {
    // 10:00 now, 120 minutes lead: 12:00 is lunch, so 13:30 is the first slot left.
    expect(starts('2026-11-26', at('2026-11-26T10:00:00'))[0]).toBe('13:30');
    expect(starts('2026-11-26', at('2026-11-26T11:31:00'))[0]).toBe('14:00');
    expect(starts('2026-11-26', at('2026-11-26T15:00:00'))).toEqual([]);
  });
  it('offers the last day of the horizon and nothing after it', () => {
    const now = at('2026-11-26T10:00:00');
    expect(horizonEnd(now, 14)).toBe('2026-12-10');
    expect(starts('2026-12-10', now)).toHaveLength(13);
    expect(starts('2026-12-11', now)).toEqual([]);
  });
  it('offers nothing on a day closed for appointments', () => {
    expect(starts('2026-12-01', at('2026-11-26T10:00:00'), cal, new Map([['2026-12-01', '镇普法集市']]))).toEqual([]);
  });
  it('uses the Beijing day even when the machine runs elsewhere', () => {
    // 2026-11-26 23:30 Beijing is still 26 Nov: tomorrow's 09:00 is 9.5 h away and offered.
    expect(starts('2026-11-27', at('2026-11-26T23:30:00'))[0]).toBe('09:00');
  });
});

describe('slotRefusal', () => {
  const now = at('2026-11-26T10:00:00');
  const refuse = (ymd: string, start: string, closed = none) => slotRefusal(ymd, start, now, cal, rules, closed);
  it('names a slot that does not exist', () => {
    expect(refuse('2026-12-01', '12:30')).toMatchObject({ reason: 'notASlot', field: 'start' });
    expect(refuse('2026-12-01', '09:10')).toMatchObject({ reason: 'notASlot' });
  });
  it('names a past slot, a day off, a closed day, a slot too soon and one beyond the horizon', () => {
    expect(refuse('2026-11-25', '09:00')).toMatchObject({ reason: 'past', field: 'start' });
    expect(refuse('2026-11-29', '09:00')).toMatchObject({ reason: 'dayOff', field: 'date' });
    expect(refuse('2026-12-01', '09:00', new Map([['2026-12-01', '镇普法集市']]))?.message).toContain('镇普法集市');
    expect(refuse('2026-11-26', '11:30')).toMatchObject({ reason: 'tooSoon', field: 'start' });
    expect(refuse('2026-12-11', '09:00')).toMatchObject({ reason: 'beyondHorizon', field: 'date' });
  });
  it('names the holiday of a day off', () => {
    expect(slotRefusal('2026-10-05', '09:00', at('2026-09-30T10:00:00'), cal, rules, none)?.message).toContain('国庆节');
  });
  it('answers null for an offered slot', () => {
    expect(refuse('2026-12-01', '16:30')).toBeNull();
  });
});

describe('absences and capacity', () => {
  it('takes out every slot that shares a minute with the absence', () => {
    expect(slotsOverlapping(slotGrid(30), '10:15', '11:00').map((s) => s.start)).toEqual(['10:00', '10:30']);
    expect(slotsOverlapping(slotGrid(30), '11:30', '14:00').map((s) => s.start)).toEqual(['11:30', '13:30']);
  });
  it('never lets capacity go below zero', () => {
    expect(slotCapacity(2, 1)).toBe(1);
    expect(slotCapacity(2, 3)).toBe(0);
  });
  it('finds the end of a slot and lists the days of a range', () => {
    expect(slotEnd(slotGrid(30), '13:30')).toBe('14:00');
    expect(slotEnd(slotGrid(30), '12:00')).toBeNull();
    expect(daysFrom('2026-11-29', '2026-12-01')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });
});

describe('offeredSlots, computed once per day', () => {
  it('offers exactly the grid slots slotRefusal accepts, at any instant, lead, slot length and closure', () => {
    const calendar = createCalendar([{ date: '2026-12-02', working: false, note: '停电' }]);
    const closed = new Map([['2026-12-03', '镇普法集市']]);
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (let i = 0; i < 400; i++) {
      const now = Date.parse('2026-11-26T00:00:00+08:00') + Math.floor(random() * 12 * 86_400_000);
      const r = { slotMinutes: [15, 30, 45, 60][i % 4], horizonDays: 1 + Math.floor(random() * 10), minLeadMinutes: [0, 1, 120, 1440, 2000][i % 5] };
      for (const ymd of daysFrom('2026-11-25', '2026-12-08')) {
        const expected = slotGrid(r.slotMinutes).filter((s) => slotRefusal(ymd, s.start, now, calendar, r, closed) === null);
        expect(offeredSlots(ymd, now, calendar, r, closed)).toEqual(expected);
      }
    }
  });
});

describe('daySlots and offerCutoff', () => {
  it('answers the same for every instant of one Beijing day, so a day plan can be kept', () => {
    const morning = daySlots('2026-12-01', at('2026-12-01T00:00:00'), cal, rules, none);
    expect(daySlots('2026-12-01', at('2026-12-01T23:59:59.999'), cal, rules, none)).toEqual(morning);
    expect(daySlots('2026-12-03', at('2026-12-01T16:45:00'), cal, rules, none)).toEqual(daySlots('2026-12-03', at('2026-12-01T07:00:00'), cal, rules, none));
    expect(morning.map((s) => s.start)).toHaveLength(13);
  });
  it('gives each slot the instant it starts', () => {
    expect(daySlots('2026-12-01', at('2026-12-01T08:00:00'), cal, rules, none)[0]).toEqual({ start: '09:00', end: '09:30', at: at('2026-12-01T09:00:00') });
  });
  it('puts the cut minLeadMinutes ahead, and never at now itself when the lead is 0', () => {
    expect(offerCutoff(at('2026-12-01T10:00:00'), rules)).toBe(at('2026-12-01T12:00:00'));
    expect(offerCutoff(at('2026-12-01T10:00:00'), { ...rules, minLeadMinutes: 0 })).toBe(at('2026-12-01T10:00:00') + 1);
  });
  it('makes offeredSlots: the day plan cut at offerCutoff', () => {
    const now = at('2026-12-01T10:00:00');
    const cut = daySlots('2026-12-01', now, cal, rules, none).filter((s) => s.at >= offerCutoff(now, rules)).map((s) => s.start);
    expect(starts('2026-12-01', now)).toEqual(cut);
    expect(cut[0]).toBe('13:30');
  });
});
