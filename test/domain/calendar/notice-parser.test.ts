import { noticeDays, parseHolidayNotice } from '../../../src/domain/calendar/notice-parser';
import { NOTICE_2025, NOTICE_2026 } from '../fixtures/official-notices';
import { NOTICE_TEXT_2025, NOTICE_TEXT_2026 } from '../fixtures/notice-texts';
import table from 'chinese-days/dist/chinese-days.json';

const data = table as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };

describe.each([
  [2025, NOTICE_TEXT_2025, NOTICE_2025],
  [2026, NOTICE_TEXT_2026, NOTICE_2026],
])('reading the real %i notice', (year, text, expected) => {
  const parsed = parseHolidayNotice(text, year);

  it('reads every holiday line: name, days off and 调休 working days', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lines.map((l) => ({ name: l.name, off: l.off, work: l.work }))).toEqual(expected);
  });

  it('gives the same days off and working weekends as chinese-days for that year', () => {
    if (!parsed.ok) throw new Error(parsed.message);
    const days = noticeDays(year, parsed.lines);
    const off = days.filter((d) => d.off).map((d) => d.date);
    const work = days.filter((d) => !d.off).map((d) => d.date);
    expect(off).toEqual(Object.keys(data.holidays).filter((d) => d.startsWith(`${year}-`)).sort());
    expect(work).toEqual(Object.keys(data.workdays).filter((d) => d.startsWith(`${year}-`)).sort());
  });
});

describe('refusing what it cannot read, naming the line', () => {
  const line = '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。';

  it('reads one pasted line alone', () => {
    expect(parseHolidayNotice(line, 2026)).toMatchObject({ ok: true, lines: [{ name: '元旦', off: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'] }] });
  });
  it('reads lines run together on one line (copied without line breaks), with half-width brackets', () => {
    const run = '一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。三、清明节：4月4日（周六）至6日（周一）放假，共3天。';
    const parsed = parseHolidayNotice(run, 2026);
    expect(parsed.ok && parsed.lines.map((l) => l.name)).toEqual(['元旦', '清明节']);
  });
  it('refuses a weekday in brackets that does not match the date', () => {
    const bad = '一、元旦：1月1日（周五）至3日（周六）放假调休，共3天。';
    expect(parseHolidayNotice(bad, 2026)).toEqual({ ok: false, line: bad, message: '1月1日是周四，通知里写的是周五' });
  });
  it('refuses a 共N天 that does not match the range', () => {
    const bad = '三、清明节：4月4日（周六）至6日（周一）放假，共4天。';
    expect(parseHolidayNotice(bad, 2026)).toEqual({ ok: false, line: bad, message: '通知写共4天，日期算出来是3天' });
  });
  it('refuses a 调休 working day that is already a weekday', () => {
    const bad = '四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月8日（周五）上班。';
    expect(parseHolidayNotice(bad, 2026)).toMatchObject({ ok: false, line: bad, message: '5月8日本来就是工作日，不是调休上班' });
  });
  it('refuses a line that speaks of days off in another shape, instead of passing over it', () => {
    const text = `${line}\n端午节6月19日放假`;
    expect(parseHolidayNotice(text, 2026)).toMatchObject({ ok: false, line: '端午节6月19日放假' });
  });
  it('refuses a holiday line it cannot finish reading', () => {
    const bad = '二、春节：2月15日至23日放假调休，共9天。2月14日（周六）补班。';
    expect(parseHolidayNotice(bad, 2026)).toMatchObject({ ok: false, line: bad, message: '读不懂「2月14日（周六）补班」' });
  });
  it('refuses a notice of another year than the one chosen', () => {
    expect(parseHolidayNotice(NOTICE_TEXT_2026, 2027)).toMatchObject({ ok: false, line: '国务院办公厅关于2026年部分节假日安排的通知', message: '这份通知是2026年的，选择的是2027年' });
  });
  it('refuses text without any holiday line', () => {
    expect(parseHolidayNotice('请大家注意安全', 2027)).toMatchObject({ ok: false, message: expect.stringContaining('没有读到任何放假安排') });
  });
  it('refuses a day named twice', () => {
    const text = `${line}\n二、春节：1月3日（周六）放假，共1天。`;
    expect(parseHolidayNotice(text, 2026)).toMatchObject({ ok: false, message: '1月3日在「元旦」里已经出现过' });
  });
});
