import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import NoticePrintPage from '../../../../src/packages/staff/pages/notice-print/index';
import StaffTicket from '../../../../src/packages/staff/pages/tickets/detail/index';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { notice, staffTicket } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });
const ID = 'tk_000000000000000000000001';
const oral = { ...notice, id: 'nt_2', title: '一次性告知：公证', oral: true, policy: '', process: [], materials: [], timeLimit: '', whereToGo: '', extra: undefined };

atFixedTime();

describe('打印一次性告知书', () => {
  it('shows the written notice in full for a walk-in resident: station, date, name, matter, checklist, time limit, place, staff and phone', async () => {
    __setRouterParams({ ticket: ID, notice: 'nt_1' });
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.get': () => ({ ok: true, data: staffTicket({ notices: [notice] }) }) });
    render(<NoticePrintPage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'get')!.event).toEqual({ action: 'get', id: ID });
    expect(screen.getByText('西山镇公共法律服务工作站')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('一次性告知书');
    const text = document.querySelector('.notice-doc')!.textContent!;
    expect(text).toContain('告知日期：2026年11月26日');
    expect(text).toContain('姓名：示例·陈大爷');
    expect(text).toContain('办理事项：法律援助');
    expect(text).toContain('经济困难的公民可以申请免费的法律帮助');
    expect(text).toContain('2. 审查');
    expect(text).toContain('收到申请之日起7日内作出决定');
    expect(text).toContain('西山镇公共法律服务工作站窗口');
    expect(text).toContain('还需带村委会证明');
    expect(text).toContain('告知人：示例·张某');
    expect(text).toContain('0791-83280001');
    const materials = within(screen.getByRole('list', { name: '所需材料（备齐一项打一个 ✓）' })).getAllByRole('listitem');
    expect(materials.map((m) => m.textContent)).toEqual(['☐身份证', '☐经济困难状况说明表']);
  });

  it('prints with the browser\'s print dialog', async () => {
    __setRouterParams({ ticket: ID, notice: 'nt_1' });
    const print = jest.fn();
    window.print = print;
    fakeGateway({ 'info.me': staffMe, 'tickets.get': () => ({ ok: true, data: staffTicket({ notices: [notice] }) }) });
    render(<NoticePrintPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '打印告知书' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('leaves a blank for the name when the caller may not see the contact', async () => {
    __setRouterParams({ ticket: ID, notice: 'nt_1' });
    fakeGateway({ 'info.me': staffMe, 'tickets.get': () => ({ ok: true, data: staffTicket({ notices: [notice], contact: null, contactHidden: 'notHandler' }) }) });
    render(<NoticePrintPage />);
    await settle();
    expect(document.querySelector('.notice-doc')!.textContent).toContain('姓名：＿＿＿＿＿＿');
    expect(document.querySelector('.notice-doc')!.textContent).not.toContain('示例·陈**');
  });

  it('has nothing to print for an oral (phone) notice or an unknown one', async () => {
    __setRouterParams({ ticket: ID, notice: 'nt_2' });
    fakeGateway({ 'info.me': staffMe, 'tickets.get': () => ({ ok: true, data: staffTicket({ channel: 'phone', notices: [notice, oral] }) }) });
    const { unmount } = render(<NoticePrintPage />);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('这是电话口头告知，没有书面告知书可打印。');
    expect(screen.queryByRole('button', { name: '打印告知书' })).toBeNull();
    unmount();
    __setRouterParams({ ticket: ID, notice: 'nt_404' });
    render(<NoticePrintPage />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('没有找到这份告知书');
  });

  it('shows the server\'s refusal with a retry', async () => {
    __setRouterParams({ ticket: ID, notice: 'nt_1' });
    fakeGateway({ 'info.me': staffMe, 'tickets.get': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这件事' } }) });
    render(<NoticePrintPage />);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('没有找到这件事（点此重试）');
  });

  it('is linked from each written notice on the ticket page, and not from an oral one', async () => {
    __setRouterParams({ id: ID });
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ channel: 'phone', notices: [notice, oral] }) }) });
    render(<StaffTicket />);
    await settle();
    const links = screen.getAllByRole('link', { name: /^打印告知书/ });
    expect(links).toHaveLength(1);
    fireEvent.click(links[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/staff/pages/notice-print/index?ticket=${ID}&notice=nt_1` });
  });
});
