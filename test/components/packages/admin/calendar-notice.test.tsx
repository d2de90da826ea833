import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CalendarPage from '../../../../src/packages/admin/pages/calendar/index';
import { fakeGateway } from '../../support/gateway';
import { adminMe } from '../../support/inbox-fixtures';
import { atFixedTime, settle } from '../../support/clock';

atFixedTime();

const LINE = '七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。';
const preview = {
  year: 2027,
  lines: [{ text: LINE, name: '国庆节', off: ['2027-10-01', '2027-10-07'], work: ['2027-09-26', '2027-10-09'] }],
  changes: [
    { date: '2027-10-04', before: { working: true, label: '上班' }, after: { working: false, label: '休息（国庆节）' } },
    { date: '2027-10-09', before: { working: false, label: '休息（周六）' }, after: { working: true, label: '上班（调休·国庆节）' } },
  ],
  warnings: ['1月1日（元旦）是法定假日，但通知里没有放假，请核对年份和文字'],
  alreadyEntered: false,
};

function gateway(over: Record<string, (e: Record<string, unknown>) => unknown> = {}) {
  return fakeGateway({
    'info.me': adminMe,
    'admin.listCalendar': () => ({ ok: true, data: { overrides: [], notices: [], version: 'v' } }),
    'admin.previewHolidayNotice': () => ({ ok: true, data: preview }),
    'admin.enterHolidayNotice': () => ({ ok: true, data: { ...preview, changed: true, clocks: { examined: 3, moved: 2, failed: 0 }, needsReschedule: ['appt:1'] } }),
    ...over,
  });
}

async function pasteAndRead(text = LINE) {
  render(<CalendarPage />);
  await settle();
  fireEvent.change(screen.getByLabelText('通知全文'), { target: { value: text } });
  fireEvent.click(screen.getByText('读取通知'));
  await settle();
}

describe('the admin enters the State Council notice on the calendar page', () => {
  it('offers 2027 (no notice yet) and says its statutory days are already days off', async () => {
    gateway();
    render(<CalendarPage />);
    await settle();
    expect(screen.getByText('✓ 2027年').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/2027年：尚未录入通知。元旦、春节、清明、劳动节、端午、中秋、国庆的法定假日已按《全国年节及纪念日放假办法》休息/)).toBeTruthy();
  });

  it('shows what it read and every changed day beside the current calendar, then enters it on confirmation', async () => {
    const gw = gateway();
    await pasteAndRead();
    expect(gw.calls.find((c) => c.event.action === 'previewHolidayNotice')?.event).toEqual({ action: 'previewHolidayNotice', year: 2027, text: LINE });
    expect(screen.getByText('国庆节：10月1日（周五）至10月7日（周四）放假')).toBeTruthy();
    expect(screen.getByText('调休上班：9月26日（周日）、10月9日（周六）')).toBeTruthy();
    expect(screen.getByText('10月4日（周一）：现在 上班 → 录入后 休息（国庆节）')).toBeTruthy();
    expect(screen.getByText(/⚠ 1月1日（元旦）是法定假日/)).toBeTruthy();
    expect(gw.calls.some((c) => c.event.action === 'enterHolidayNotice')).toBe(false);

    fireEvent.click(screen.getByText('核对无误，录入2027年通知'));
    await settle();
    expect(Taro.showModal).toHaveBeenCalled();
    expect(gw.calls.find((c) => c.event.action === 'enterHolidayNotice')?.event).toEqual({ action: 'enterHolidayNotice', year: 2027, text: LINE });
    expect(screen.getByText('✓ 已录入2027年通知：2 项办理时限重新计算，1 个预约已通知居民改期。')).toBeTruthy();
  });

  it('shows the line the server could not read under the notice field', async () => {
    const message = '「通知全文」有一行没有读懂：「元旦1月1日放假」——这一行讲了放假或上班的日期，但不是「一、元旦：1月1日……放假」的格式。请对照国务院通知原文修改后再试';
    gateway({ 'admin.previewHolidayNotice': () => ({ ok: false, error: { code: 'VALIDATION', message, field: 'text' } }) });
    await pasteAndRead('元旦1月1日放假');
    const field = document.getElementById('field-text')!;
    expect(field.textContent).toContain(message);
    expect(screen.getByLabelText('通知全文').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('核对无误，录入2027年通知')).toBeNull();
  });
});
