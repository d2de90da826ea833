import { createCalendar } from '../../src/domain/calendar';
import { DEFAULT_HOURS, describeOpenStatus, openStatus, upcomingClosures } from '../../src/domain/hours';

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const cal = createCalendar();
const say = (iso: string, c = cal) => describeOpenStatus(openStatus(at(iso), c), at(iso));

describe('openStatus', () => {
  it('is open on the 调休 Saturday 2026-10-10 at 10:00, until the morning session ends', () => {
    const s = openStatus(at('2026-10-10T10:00:00'), cal);
    expect(s).toMatchObject({ state: 'open', closesAt: at('2026-10-10T12:00:00'), closesFor: 'break', provisional: false });
  });
  it('is closed on 2026-10-05 (国庆节) and next opens 2026-10-08 09:00', () => {
    const s = openStatus(at('2026-10-05T10:00:00'), cal);
    expect(s.state).toBe('closed');
    expect(s.nextOpening).toEqual({ date: '2026-10-08', time: '09:00', at: at('2026-10-08T09:00:00') });
    expect(s.today).toMatchObject({ reason: 'holiday', holidayName: '国庆节' });
  });
  it('is at lunch from 12:00 to 13:30 and reopens at 13:30 the same day', () => {
    expect(openStatus(at('2026-11-26T12:00:00'), cal)).toMatchObject({ state: 'lunch', nextOpening: { date: '2026-11-26', time: '13:30' } });
    expect(openStatus(at('2026-11-26T13:29:59'), cal).state).toBe('lunch');
    expect(openStatus(at('2026-11-26T13:30:00'), cal)).toMatchObject({ state: 'open', closesAt: at('2026-11-26T17:00:00'), closesFor: 'day' });
  });
  it('before 9:00 on a working day opens today; from 17:00 opens the next working day', () => {
    expect(openStatus(at('2026-11-26T08:59:00'), cal)).toMatchObject({ state: 'closed', nextOpening: { date: '2026-11-26', time: '09:00' } });
    expect(openStatus(at('2026-11-26T09:00:00'), cal).state).toBe('open');
    expect(openStatus(at('2026-11-26T17:00:00'), cal)).toMatchObject({ state: 'closed', nextOpening: { date: '2026-11-27' } });
    expect(openStatus(at('2026-11-27T18:00:00'), cal)).toMatchObject({ state: 'closed', nextOpening: { date: '2026-11-30' } });
  });
  it('is closed on an ordinary Saturday and on an admin day off', () => {
    expect(openStatus(at('2026-11-28T10:00:00'), cal).state).toBe('closed');
    const off = createCalendar([{ date: '2026-11-26', working: false, note: '全员培训' }]);
    expect(openStatus(at('2026-11-26T10:00:00'), off)).toMatchObject({ state: 'closed', nextOpening: { date: '2026-11-27' } });
  });
  it('flags the answer provisional when the next opening is in 2027, after 元旦 (closed by law before the notice)', () => {
    expect(openStatus(at('2026-12-31T18:00:00'), cal)).toMatchObject({ nextOpening: { date: '2027-01-04' }, provisional: true });
    expect(openStatus(at('2027-01-01T10:00:00'), cal)).toMatchObject({ state: 'closed', today: { working: false, holidayName: '元旦' } });
  });
  it('uses other hours when given', () => {
    const hours = { sessions: [{ start: '08:30', end: '18:00' }] };
    expect(openStatus(at('2026-11-26T12:30:00'), cal, hours).state).toBe('open');
    expect(DEFAULT_HOURS.sessions).toHaveLength(2);
  });
});

describe('describeOpenStatus', () => {
  it('says when the office closes or reopens today', () => {
    expect(say('2026-11-26T15:00:00')).toBe('正在办公 · 今天 17:00 下班');
    expect(say('2026-11-26T10:00:00')).toBe('正在办公 · 今天 12:00 开始午休');
    expect(say('2026-11-26T12:30:00')).toBe('午休中 · 今天 13:30 继续办公');
    expect(say('2026-11-26T07:30:00')).toBe('还没开门 · 今天 9:00 开门');
  });
  it('names tomorrow with its weekday after closing', () => {
    expect(say('2026-11-26T17:30:00')).toBe('已下班 · 明天（周五）9:00 开门');
    expect(say('2026-11-27T17:30:00')).toBe('已下班 · 11月30日（周一）9:00 开门');
  });
  it('names the holiday on a day off', () => {
    expect(say('2026-10-05T10:00:00')).toBe('今天休息（国庆节）· 10月8日（周四）9:00 开门');
    expect(say('2026-10-06T10:00:00')).toBe('今天休息（国庆节）· 后天（周四）9:00 开门');
    expect(say('2026-11-28T10:00:00')).toBe('今天休息（周六）· 后天（周一）9:00 开门');
    expect(say('2026-11-29T10:00:00')).toBe('今天休息（周日）· 明天（周一）9:00 开门');
    expect(say('2026-11-26T10:00:00', createCalendar([{ date: '2026-11-26', working: false, note: '全员培训' }]))).toBe(
      '今天休息（全员培训）· 明天（周五）9:00 开门',
    );
  });
  it('says the date awaits the official notice when provisional, with the year when it changes', () => {
    expect(say('2026-12-31T18:00:00')).toBe('已下班 · 2027年1月4日（周一）9:00 开门（日期待官方通知确认）');
    expect(say('2027-01-01T10:00:00')).toBe('今天休息（元旦）· 1月4日（周一）9:00 开门（日期待官方通知确认）');
    expect(say('2026-12-26T10:00:00')).toBe('今天休息（周六）· 后天（周一）9:00 开门');
    const newYear = createCalendar([{ date: '2027-01-01', working: false, note: '元旦' }]);
    expect(say('2026-12-31T18:00:00', newYear)).toBe('已下班 · 2027年1月4日（周一）9:00 开门（日期待官方通知确认）');
  });
});

describe('upcomingClosures', () => {
  it('lists 中秋节 and 国庆节 2026 with their 调休 working days, and leaves plain weekends out', () => {
    expect(upcomingClosures('2026-09-15', cal, 30)).toEqual([
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', adjustedWorkdays: [], provisional: false },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', adjustedWorkdays: ['2026-09-20', '2026-10-10'], provisional: false },
    ]);
  });
  it('does not give 国庆节’s 调休 day to 中秋节 when only 中秋节 is in range', () => {
    expect(upcomingClosures('2026-09-15', cal, 12)).toEqual([
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', adjustedWorkdays: [], provisional: false },
    ]);
  });
  it('reports a run under way from its first day, and merges 国庆节 and 中秋节 2025', () => {
    expect(upcomingClosures('2025-10-05', cal, 10)).toEqual([
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', adjustedWorkdays: ['2025-09-28', '2025-10-11'], provisional: false },
    ]);
  });
  it('lists 春节 2026 with both working Saturdays', () => {
    const [spring] = upcomingClosures('2026-02-01', cal, 30);
    expect(spring).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23', adjustedWorkdays: ['2026-02-14', '2026-02-28'], provisional: false });
  });
  it('uses admin-entered 2027 holidays, provisional until the year is declared', () => {
    const overrides = [
      { date: '2027-01-01', working: false, note: '元旦' },
      { date: '2026-12-26', working: true, note: '元旦调休上班' },
    ];
    expect(upcomingClosures('2026-12-20', createCalendar(overrides), 20)).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-03', adjustedWorkdays: ['2026-12-26'], provisional: true },
    ]);
    expect(upcomingClosures('2026-12-20', createCalendar(overrides, { officialYears: [2027] }), 20)[0].provisional).toBe(false);
  });
  it('returns nothing when only weekends are ahead', () => {
    expect(upcomingClosures('2026-11-01', cal, 30)).toEqual([]);
  });
});
