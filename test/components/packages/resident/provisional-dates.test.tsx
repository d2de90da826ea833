import { act, fireEvent, render, screen } from '@testing-library/react';
import { __reset, __setRouterParams } from '../../doubles/taro';
import MyTicket from '../../../../src/packages/resident/pages/tickets/detail/index';
import BookPage from '../../../../src/packages/booking/pages/book/index';
import { fakeGateway } from '../../support/gateway';
import { residentTicket } from '../staff/tickets-fixtures';
import { day, resident, services, slot } from '../booking/fixtures';
import { settle } from '../../support/clock';

const NOW = Date.parse('2026-12-28T10:00:00+08:00');
const FLAG = '（2027年节假日安排尚未公布，日期可能调整）';

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

describe('dates promised to a resident in 2027, before its notice', () => {
  it('shows a waiting matter\'s answer day, counted from receipt, flagged as possibly moving', async () => {
    const ticket = residentTicket({ status: 'received', createdAt: NOW, dueAt: Date.parse('2026-12-29T17:00:00+08:00'), assignee: null, timeline: [] });
    fakeGateway({ 'info.me': resident, 'tickets.get': () => ({ ok: true, data: ticket }) });
    __setRouterParams({ id: ticket.id });
    render(<MyTicket />);
    await settle();
    expect(screen.getByText('最晚受理日期：12月29日（周二）')).toBeTruthy();
    expect(screen.getByText('最晚答复日期：1月5日（周二）')).toBeTruthy();
    expect(screen.getByText(FLAG)).toBeTruthy();
  });

  it('does not flag a matter whose dates lie in 2026', async () => {
    const ticket = residentTicket({ status: 'processing', createdAt: Date.parse('2026-12-21T10:00:00+08:00'), dueAt: Date.parse('2026-12-28T17:00:00+08:00') });
    fakeGateway({ 'info.me': resident, 'tickets.get': () => ({ ok: true, data: ticket }) });
    __setRouterParams({ id: ticket.id });
    render(<MyTicket />);
    await settle();
    expect(screen.getByText('最晚答复日期：12月28日（周一）')).toBeTruthy();
    expect(screen.queryByText(FLAG)).toBeNull();
  });

  it('flags each 2027 day on the booking day picker', async () => {
    const days = [{ ...day('2027-01-04', 1, [slot('09:00', '09:30', 2)]), provisional: true }];
    fakeGateway({ 'info.me': resident, 'appointments.services': services, 'appointments.slots': () => ({ ok: true, data: { days, horizonEnd: '2027-01-11', minLeadMinutes: 120, serverNow: NOW } }) });
    render(<BookPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^法律咨询/ }));
    await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
    expect(screen.getByRole('button', { name: '1月4日（周一），还有 2 个空位 · 2027年节假日安排尚未公布，日期可能调整' })).toBeTruthy();
  });
});
