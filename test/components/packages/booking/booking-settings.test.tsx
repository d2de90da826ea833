import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BookingSettingsPage from '../../../../src/packages/admin/pages/booking-settings/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';

/** The admin's 预约设置 page lives in the admin subpackage; tested here with the booking pages. */
const admin = () => ({ ok: true, data: { kind: 'staff', name: '示例·赵某', roles: ['staff', 'admin'] } });
const settings = { capacityPerSlot: 2, slotMinutes: 30, horizonDays: 14, minLeadMinutes: 120, version: 0 };

atFixedTime();


describe('预约设置 (admin)', () => {
  it('sends only the setting that changed, with the reason, and shows the new version', async () => {
    const gw = fakeGateway({
      'info.me': admin,
      'appointments.settings': () => ({ ok: true, data: settings }),
      'appointments.closedDays': () => ({ ok: true, data: { items: [] } }),
      'appointments.updateSettings': (e) => ({ ok: true, data: { ...settings, capacityPerSlot: e.capacityPerSlot, version: 1 } }),
    });
    render(<BookingSettingsPage />);
    await settle();
    expect(screen.getByText('没有改动')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('每个时段可约几人'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('修改说明（可不填，记入操作记录）'), { target: { value: '新增一名窗口人员' } });
    fireEvent.click(screen.getByText('保存预约规则'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'updateSettings')!.event).toEqual({ action: 'updateSettings', capacityPerSlot: 3, why: '新增一名窗口人员' });
    expect(screen.getByText('✓ 预约规则已保存（第 1 版）。')).toBeTruthy();
  });

  it('shows the server\'s message at the field it names', async () => {
    fakeGateway({
      'info.me': admin,
      'appointments.settings': () => ({ ok: true, data: settings }),
      'appointments.closedDays': () => ({ ok: true, data: { items: [] } }),
      'appointments.updateSettings': () => ({ ok: false, error: { code: 'VALIDATION', message: '每个时段分钟数：须为 5 的倍数', field: 'slotMinutes' } }),
    });
    render(<BookingSettingsPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('每个时段多少分钟'), { target: { value: '32' } });
    fireEvent.click(screen.getByText('保存预约规则'));
    await settle();
    expect(document.getElementById('field-slotMinutes')!.textContent).toContain('须为 5 的倍数');
  });

  it('closes a day after the admin confirms, and says how many bookings must move', async () => {
    let closed = false;
    const gw = fakeGateway({
      'info.me': admin,
      'appointments.settings': () => ({ ok: true, data: settings }),
      'appointments.closedDays': () => ({ ok: true, data: { items: closed ? [{ date: '2026-11-26', reason: '集中下村普法', closedBy: '示例·赵某', closedAt: 1 }] : [] } }),
      'appointments.closeDay': (e) => { closed = true; return { ok: true, data: { closure: { date: e.date, reason: e.reason, closedBy: '示例·赵某', closedAt: 1 }, needsReschedule: ['a', 'b'] } }; },
    });
    render(<BookingSettingsPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('暂停原因（居民能看到）'), { target: { value: '集中下村普法' } });
    fireEvent.click(screen.getByText('暂停 11月26日（周四） 的预约'));
    await settle();
    expect(Taro.showModal).toHaveBeenCalled();
    expect(gw.calls.find((c) => c.event.action === 'closeDay')!.event).toEqual({ action: 'closeDay', date: '2026-11-26', reason: '集中下村普法' });
    expect(screen.getByText('✓ 11月26日（周四）已暂停预约；2 个预约需要改约，已通知居民。')).toBeTruthy();
    expect(screen.getByText('11月26日（周四）：暂停预约')).toBeTruthy();
  });
});
