import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import MinePage from '../../../../src/packages/booking/pages/mine/index';
import { fakeGateway } from '../../support/gateway';
import { NOW, appointment } from './fixtures';
import { settle } from '../../support/clock';

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());


const displaced = appointment({
  id: 'appt-2', date: '2026-10-12', start: '09:00', end: '09:30', status: 'needsReschedule', statusLabel: '需改约',
  needsRescheduleReason: '工作人员当天外出办案',
});

describe('我的预约', () => {
  it('highlights a booking that must move because staff are 外出办案, in words, with 改约 first', async () => {
    fakeGateway({ 'appointments.mine': () => ({ ok: true, data: { items: [displaced, appointment()] } }) });
    render(<MinePage />);
    await settle();
    expect(screen.getByText('需要改约：工作人员当天外出办案。请点「改约」选一个新时间。')).toBeTruthy();
    expect(screen.getByText('⚠ 需改约')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '改约' })[0]);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/booking/pages/book/index?id=appt-2&service=consultation' });
  });

  it('cancels only after the resident confirms in the dialog, then shows the list again', async () => {
    let cancelled = false;
    const gw = fakeGateway({
      'appointments.mine': () => ({ ok: true, data: { items: [cancelled ? appointment({ status: 'cancelled', statusLabel: '已取消' }) : appointment()] } }),
      'appointments.cancel': () => { cancelled = true; return { ok: true, data: appointment({ status: 'cancelled', statusLabel: '已取消' }) }; },
    });
    render(<MinePage />);
    await settle();
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(screen.getByRole('button', { name: '取消预约' }));
    await settle();
    expect(gw.calls.some((c) => c.event.action === 'cancel')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: '取消预约' }));
    await settle();
    expect((Taro.showModal as jest.Mock).mock.calls[1][0]).toMatchObject({ title: '确定取消吗？', content: expect.stringContaining('今天 10月9日（周五） 14:30–15:00') });
    expect(gw.calls.find((c) => c.event.action === 'cancel')!.event).toEqual({ action: 'cancel', id: 'appt-1' });
    expect(screen.getByText('✓ 已取消。')).toBeTruthy();
    expect(screen.getByText('以前的预约')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '取消预约' })).toBeNull();
  });

  it('lets the resident accept the time staff proposed for a home visit', async () => {
    const proposed = appointment({
      id: 'hv-1', kind: 'homeVisit', service: 'homeVisit', serviceLabel: '上门服务', status: 'proposed', statusLabel: '待您确认', date: null, start: null, end: null,
      homeVisit: { basis: 'age70', age: 75, address: '西山村3组12号', phone: '13912345678', preferredDays: ['2026-10-10'], description: '立遗嘱', proposal: { date: '2026-10-13', time: '10:00', note: '10日外出办案' } },
    });
    const gw = fakeGateway({
      'appointments.mine': () => ({ ok: true, data: { items: [proposed] } }),
      'appointments.acceptProposal': () => ({ ok: true, data: { ...proposed, status: 'confirmed', statusLabel: '已确认' } }),
    });
    render(<MinePage />);
    await settle();
    expect(screen.getByText('工作人员建议：10月13日（周二） 10:00')).toBeTruthy();
    expect(screen.getByText('工作人员说明：10日外出办案')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '同意这个时间' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'acceptProposal')!.event).toEqual({ action: 'acceptProposal', id: 'hv-1' });
  });
});
