import { createCalendar } from '../../src/domain/calendar';
import { clockTime, dueText, sentText } from '../../src/ui/due-text';

const at = (iso: string) => Date.parse(iso);
const cal = createCalendar();
const THU_10 = at('2026-11-26T10:00:00+08:00');

describe('dueText', () => {
  it('counts whole working days late: due Monday 11-23 17:00 is 3 working days late on Thursday', () => {
    expect(dueText(at('2026-11-23T17:00:00+08:00'), THU_10, cal)).toEqual({
      overdue: true, label: '已超期 3 个工作日', dueLine: '到期时间：11月23日（周一） 17:00',
    });
  });

  it('skips 国庆节 when counting: due 9-30 is 2 working days late on Friday 10-09', () => {
    expect(dueText(at('2026-09-30T17:00:00+08:00'), at('2026-10-09T10:00:00+08:00'), cal).label).toBe('已超期 2 个工作日');
  });

  it('names the due time when no working day has passed since, e.g. on the weekend after a Friday deadline', () => {
    expect(dueText(at('2026-11-27T17:00:00+08:00'), at('2026-11-28T10:00:00+08:00'), cal).label).toBe('已超期（11月27日（周五） 17:00 到期）');
    expect(dueText(at('2026-11-26T09:00:00+08:00'), THU_10, cal).label).toBe('已超期（今天 09:00 到期）');
  });

  it('counts the due instant itself as overdue', () => {
    expect(dueText(THU_10, THU_10, cal).overdue).toBe(true);
  });

  it('says today, tomorrow, or the working days left', () => {
    expect(dueText(at('2026-11-26T17:00:00+08:00'), THU_10, cal).label).toBe('今天 17:00 到期');
    expect(dueText(at('2026-11-27T17:00:00+08:00'), THU_10, cal).label).toBe('明天 17:00 到期');
    expect(dueText(at('2026-12-01T17:00:00+08:00'), THU_10, cal).label).toBe('还剩 3 个工作日');
  });

  it("follows an admin's day off", () => {
    const withOff = createCalendar([{ date: '2026-11-30', working: false, note: '站内盘点' }]);
    expect(dueText(at('2026-12-01T17:00:00+08:00'), THU_10, withOff).label).toBe('还剩 2 个工作日');
  });
});

describe('clockTime and sentText', () => {
  it('write Beijing time whatever the machine zone', () => {
    expect(clockTime(at('2026-11-26T01:05:00Z'))).toBe('09:05');
    expect(sentText(at('2026-11-26T09:30:00+08:00'), THU_10)).toBe('今天 09:30');
    expect(sentText(at('2026-11-20T15:00:00+08:00'), THU_10)).toBe('11月20日（周五） 15:00');
  });
});
