import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import TicketInbox from '../../../../src/packages/staff/pages/tickets/index';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { at, row } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const staff = (roles = ['staff']) => () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles } });

atFixedTime();


const rows = [
  row({ id: 'tk_late', dueAt: at('2026-11-23T17:00:00+08:00'), overdue: true, preview: '态度差', major: true, complaintScope: 'attitude' }),
  row({ id: 'tk_today', type: 'consultation', dueAt: at('2026-11-26T17:00:00+08:00'), preview: '宅基地', complaintScope: undefined, contactName: '王**' }),
  row({ id: 'tk_later', type: 'suggestion', dueAt: at('2026-12-03T17:00:00+08:00'), preview: '多放椅子', complaintScope: undefined, assignee: null, status: 'received' }),
  row({ id: 'tk_praise', type: 'praise', dueAt: null, preview: '张同志很耐心', complaintScope: undefined }),
];

describe('来件受理 inbox', () => {
  it('labels each row in words and symbols, overdue first as the server orders them', async () => {
    fakeGateway({ 'info.me': staff(), 'info.overview': () => overview(), 'tickets.inbox': () => ({ ok: true, data: { items: rows, next: null, serverNow: Date.now() } }) });
    render(<TicketInbox />);
    await settle();
    const list = within(screen.getByRole('list')).getAllByRole('link');
    expect(list).toHaveLength(4);
    expect(list[0].textContent).toContain('⚠ 已超期 3 个工作日');
    expect(list[0].textContent).toContain('‼ 重大');
    // read as shown: the due state first, then what it is
    expect(list[0].textContent).toMatch(/^⚠ 已超期 3 个工作日.*投诉（态度恶劣） · ‼ 重大态度差/);
    expect(list[1].textContent).toContain('◔ 今天 17:00 到期');
    expect(list[1].textContent).toContain('王**');
    expect(list[2].textContent).toContain('◷ 还剩 5 个工作日');
    expect(list[2].textContent).toContain('还没有人受理');
    expect(list[3].textContent).toContain('◐ 办理中');
    expect(list[3].textContent).not.toMatch(/到期|超期/);
    expect(screen.getByText('⚠ 有 1 件已超期，请先办理')).toBeTruthy();
    fireEvent.click(list[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_late' });
  });

  it('asks the server again with the type and status the big chips pick', async () => {
    const gw = fakeGateway({ 'info.me': staff(), 'info.overview': () => overview(), 'tickets.inbox': () => ({ ok: true, data: { items: [], next: null, serverNow: Date.now() } }) });
    render(<TicketInbox />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '类型：投诉' }));
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '状态：已办结' }));
    await settle();
    const asked = gw.calls.filter((c) => c.event.action === 'inbox').map((c) => c.event);
    expect(asked[0]).toEqual({ action: 'inbox', limit: 30 });
    expect(asked[asked.length - 1]).toEqual({ action: 'inbox', limit: 30, type: 'complaint', status: 'closed' });
    expect(screen.getByRole('radio', { name: '类型：投诉' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '类型：投诉' }).textContent).toBe('✓ 投诉');
    expect(screen.getByText('没有符合条件的来件。')).toBeTruthy();
  });

  it('shows 投诉记录本 only to the director and the admin', async () => {
    fakeGateway({ 'info.me': staff(['staff']), 'info.overview': () => overview(), 'tickets.inbox': () => ({ ok: true, data: { items: [], next: null, serverNow: Date.now() } }) });
    const { unmount } = render(<TicketInbox />);
    await settle();
    expect(screen.queryByText('投诉记录本')).toBeNull();
    expect(screen.getByText('＋ 登记来访来电')).toBeTruthy();
    unmount();
    fakeGateway({ 'info.me': staff(['staff', 'director']), 'info.overview': () => overview(), 'tickets.inbox': () => ({ ok: true, data: { items: [], next: null, serverNow: Date.now() } }) });
    render(<TicketInbox />);
    await settle();
    expect(screen.getByText('投诉记录本')).toBeTruthy();
  });

  it('keeps residents out', async () => {
    const gw = fakeGateway({ 'info.me': () => ({ ok: true, data: { kind: 'resident', name: '陈大爷' } }), 'info.overview': () => overview() });
    render(<TicketInbox />);
    await settle();
    expect(screen.getByText('此页面仅供工作人员使用')).toBeTruthy();
    expect(gw.calls.some((c) => c.name === 'tickets')).toBe(false);
  });
});
