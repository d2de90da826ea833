import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset, __setRouterParams } from '../../doubles/taro';
import StaffAppointmentsPage from '../../../../src/packages/staff/pages/appointments/index';
import type { Appointment, DayView } from '../../../../src/shared/appointments';
import { fakeGateway } from '../../support/gateway';
import { settle } from '../../support/clock';

const NOW = Date.parse('2026-11-26T10:00:00+08:00');
const staff = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });

const base = { createdAt: NOW, updatedAt: NOW, openid: 'demo-resident' };
const office: Appointment = {
  ...base, id: 'appt-1', kind: 'office', status: 'booked', statusLabel: '已预约', service: 'consultation', serviceLabel: '法律咨询',
  date: '2026-11-26', start: '09:00', end: '09:30', forWhom: { name: '王秀英', relation: '母亲', phone: '13900001111' },
};
const request: Appointment = {
  ...base, id: 'hv-1', kind: 'homeVisit', status: 'requested', statusLabel: '待答复', service: 'homeVisit', serviceLabel: '上门服务',
  date: null, start: null, end: null,
  homeVisit: {
    basis: 'age70', age: 75, address: '西山镇西山村3组12号', phone: '13912345678', preferredDays: ['2026-11-27', '2026-11-30'],
    description: '想立遗嘱', answerDueAt: Date.parse('2026-11-27T10:00:00+08:00'),
  },
};
const dayView = (date: string, bookings: Appointment[] = [office]): { ok: true; data: DayView } => ({
  ok: true,
  data: { date, working: true, slots: [{ start: '09:00', end: '09:30', capacity: 2, booked: 1 }], bookings, homeVisits: [], absences: [] },
});

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const bar = () => document.querySelector('.bar') as HTMLElement;

describe('staff day view', () => {
  it('lists the day with the phone masked, and dials the full number from 拨打', async () => {
    fakeGateway({ 'info.me': staff, 'appointments.day': (e) => dayView(String(e.date)), 'appointments.homeVisits': () => ({ ok: true, data: { items: [request] } }) });
    render(<StaffAppointmentsPage />);
    await settle();
    expect(screen.getByText('今天 11月26日（周四）')).toBeTruthy();
    expect(screen.getByText('法律咨询 · 王秀英（母亲，家属代约）')).toBeTruthy();
    expect(screen.getByText('电话 139****1111')).toBeTruthy();
    expect(document.body.textContent).not.toContain('13900001111');
    expect(screen.getByText('答复期限：明天 11月27日（周五） 10:00 前')).toBeTruthy();
    tap('拨打电话 139****1111');
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '13900001111' });
  });

  it('shows the name and masked phone of a resident who booked for themselves, and calls them from 拨打', async () => {
    const own: Appointment = { ...office, id: 'appt-2', forWhom: undefined, booker: { name: '陈大爷', phone: '13912345678' } };
    fakeGateway({ 'info.me': staff, 'appointments.day': (e) => dayView(String(e.date), [own]), 'appointments.homeVisits': () => ({ ok: true, data: { items: [] } }) });
    render(<StaffAppointmentsPage />);
    await settle();
    expect(screen.getByText('法律咨询 · 陈大爷（本人预约）')).toBeTruthy();
    expect(screen.getByText('电话 139****5678')).toBeTruthy();
    expect(document.body.textContent).not.toContain('13912345678');
    tap('拨打电话 139****5678');
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '13912345678' });
  });

  it('opens the follow-up ticket of a visit from its card', async () => {
    const done: Appointment = { ...office, status: 'attended', statusLabel: '已到访', ticketId: 'tk_1',
      outcome: { text: '需协助申请法律援助', needsFollowUp: true, ticketId: 'tk_1', recordedBy: '示例·张某', recordedAt: NOW } };
    fakeGateway({ 'info.me': staff, 'appointments.day': (e) => dayView(String(e.date), [done]), 'appointments.homeVisits': () => ({ ok: true, data: { items: [] } }) });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: '打开跟进事项' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_1' });
  });

  it('confirms a home visit on one of the preferred days from the bottom bar', async () => {
    let answered = false;
    const gw = fakeGateway({
      'info.me': staff,
      'appointments.day': (e) => dayView(String(e.date)),
      'appointments.homeVisits': () => ({ ok: true, data: { items: answered ? [] : [request] } }),
      'appointments.confirmHomeVisit': () => { answered = true; return { ok: true, data: { ...request, status: 'confirmed', statusLabel: '已确认', date: '2026-11-27', start: '14:00' } }; },
    });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^时间待定 .*上门服务/ }));
    expect(within(bar()).getByRole('button', { name: '确认上门时间' })).toBeTruthy();
    expect(within(bar()).getByRole('button', { name: '建议其他时间' })).toBeTruthy();
    tap('确认上门时间');
    expect(screen.getByRole('button', { name: '日期 明天11月27日（周五）·希望，已选' })).toBeTruthy();
    tap('时间 14:00');
    tap('确认上门');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'confirmHomeVisit')!.event).toEqual({ action: 'confirmHomeVisit', id: 'hv-1', date: '2026-11-27', time: '14:00' });
    expect(screen.getByRole('status').textContent).toContain('已确认 明天 11月27日（周五） 14:00 上门，居民会收到通知。');
    expect(screen.queryByText('待答复的上门申请（1）')).toBeNull();
  });

  it('needs a reason before proposing another time', async () => {
    const gw = fakeGateway({ 'info.me': staff, 'appointments.day': (e) => dayView(String(e.date)), 'appointments.homeVisits': () => ({ ok: true, data: { items: [request] } }),
      'appointments.proposeHomeVisit': () => ({ ok: true, data: { ...request, status: 'proposed', statusLabel: '待您确认' } }) });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^时间待定 .*上门服务/ }));
    tap('建议其他时间');
    tap('时间 10:00');
    expect((screen.getByRole('button', { name: '建议这个时间' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('建议的原因'), { target: { value: '27日外出办案' } });
    tap('建议这个时间');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'proposeHomeVisit')!.event).toEqual({ action: 'proposeHomeVisit', id: 'hv-1', date: '2026-11-27', time: '10:00', note: '27日外出办案' });
  });

  it('marks an office booking 已到, then records an outcome that needs follow-up', async () => {
    let current: Appointment = office;
    const gw = fakeGateway({
      'info.me': staff,
      'appointments.day': (e) => dayView(String(e.date), [current]),
      'appointments.homeVisits': () => ({ ok: true, data: { items: [] } }),
      'appointments.markAttended': () => { current = { ...office, status: 'attended', statusLabel: '已到访' }; return { ok: true, data: current }; },
      'appointments.recordOutcome': (e) => {
        current = { ...current, ticketId: 'tk_1', outcome: { text: String(e.outcome), needsFollowUp: true, ticketId: 'tk_1', recordedBy: '示例·张某', recordedAt: NOW } };
        return { ok: true, data: current };
      },
    });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^9:00–9:30 .*法律咨询/ }));
    fireEvent.click(within(bar()).getByRole('button', { name: '✓ 已到' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'markAttended')!.event).toEqual({ action: 'markAttended', id: 'appt-1' });
    expect(screen.getByText('已到访')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /^9:00–9:30 .*法律咨询/ }));
    tap('记录办理结果');
    fireEvent.change(screen.getByLabelText('办理结果'), { target: { value: '已解答，建议申请人民调解' } });
    tap('需要跟进');
    tap('保存结果');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'recordOutcome')!.event).toEqual({ action: 'recordOutcome', id: 'appt-1', outcome: '已解答，建议申请人民调解', needsFollowUp: true });
    expect(screen.getByRole('status').textContent).toContain('已保存结果，并建立了跟进事项。');
  });

  it('shows the server\'s refusal above the buttons (未到 before the start time)', async () => {
    fakeGateway({ 'info.me': staff, 'appointments.day': (e) => dayView(String(e.date)), 'appointments.homeVisits': () => ({ ok: true, data: { items: [] } }),
      'appointments.markNoShow': () => ({ ok: false, error: { code: 'CONFLICT', message: '预约时间还没到，不能记为未到' } }) });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^9:00–9:30 .*法律咨询/ }));
    tap('✗ 未到');
    await settle();
    expect(within(bar()).getByRole('alert').textContent).toBe('预约时间还没到，不能记为未到');
  });

  it('switches days from the bottom bar and registers 外出办案, saying how many bookings must move', async () => {
    const gw = fakeGateway({
      'info.me': staff,
      'appointments.day': (e) => dayView(String(e.date)),
      'appointments.homeVisits': () => ({ ok: true, data: { items: [] } }),
      'appointments.registerAbsence': (e) => ({ ok: true, data: {
        absence: { id: 'ab-1', staffId: 'staff:demo-staff', staffName: '示例·张某', date: e.date, from: e.from, to: e.to, reason: e.reason },
        slotsAffected: ['09:00', '09:30'], needsReschedule: ['appt-9'],
      } }),
    });
    __setRouterParams({ date: '2026-11-27' });
    render(<StaffAppointmentsPage />);
    await settle();
    expect(screen.getByText('明天 11月27日（周五）')).toBeTruthy();
    tap('后一天 ›');
    await settle();
    expect(screen.getByText('11月28日（周六）')).toBeTruthy();
    expect(gw.calls.filter((c) => c.event.action === 'day').map((c) => c.event.date)).toEqual(['2026-11-27', '2026-11-28']);
    tap('‹ 前一天');
    await settle();
    tap('登记外出办案');
    tap('到几点 12:00');
    fireEvent.change(screen.getByLabelText('外出事由'), { target: { value: '到西山村调解土地纠纷' } });
    tap('登记');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'registerAbsence')!.event).toEqual({
      action: 'registerAbsence', date: '2026-11-27', from: '09:00', to: '12:00', reason: '到西山村调解土地纠纷',
    });
    expect(screen.getByRole('status').textContent).toContain('1 个预约需要改约，已通知居民。');
  });
});
