import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import MyTickets from '../../../../src/packages/resident/pages/tickets/index';
import MyTicket from '../../../../src/packages/resident/pages/tickets/detail/index';
import { fakeGateway } from '../../support/gateway';
import { at, notice, residentTicket } from '../staff/tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

atFixedTime('2026-11-26T12:00:00+08:00');


describe('我的事项', () => {
  it('lists own matters with their status in words and a symbol, and how many answers came', async () => {
    fakeGateway({
      'tickets.mine': () => ({ ok: true, data: { next: null, items: [
        { id: 'tk_a', type: 'complaint', status: 'processing', preview: '窗口的人说不知道', createdAt: at('2026-11-26T09:00:00+08:00'), dueAt: null, closedAt: null, replies: 1 },
        { id: 'tk_b', type: 'consultation', status: 'received', preview: '宅基地怎么办证', createdAt: at('2026-11-20T09:00:00+08:00'), dueAt: null, closedAt: null, replies: 0 },
      ] } }),
    });
    render(<MyTickets />);
    await settle();
    const list = screen.getAllByRole('list')[0];
    const rows = within(list).getAllByRole('link');
    expect(rows[0].textContent).toContain('◐ 工作人员正在办理');
    expect(rows[0].textContent).toContain('有 1 条答复');
    expect(rows[1].textContent).toContain('● 已收到，等待工作人员受理');
    // read as shown: what, the status in words, when
    expect(rows[1].textContent).toMatch(/^咨询问题 ›● 已收到，等待工作人员受理.*11月20日（周五）提交/);
    fireEvent.click(rows[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/tickets/detail/index?id=tk_a' });
  });

  it('lists the one-time notices received, each opening its matter', async () => {
    fakeGateway({
      'tickets.mine': () => ({ ok: true, data: { next: null, items: [] } }),
      'tickets.notices': () => ({ ok: true, data: { items: [notice] } }),
    });
    render(<MyTickets />);
    await settle();
    expect(screen.getByText('我收到的一次性告知（1 份）')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: /^✉ 法律援助 › .*11月26日（周四）$/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/tickets/detail/index?id=tk_000000000000000000000001' });
  });

  it("says so when the server cannot be reached, with a way to try again", async () => {
    const gw = fakeGateway({});
    gw.offline();
    render(<MyTickets />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('网络不太好，请稍后重试');
  });
});

describe('one matter', () => {
  it("shows the staff's answer, every step, and the one-time notice with its materials", async () => {
    fakeGateway({ 'tickets.get': (e) => (e.id === 'tk_000000000000000000000001' ? { ok: true, data: residentTicket() } : { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这件事' } }) });
    __setRouterParams({ id: 'tk_000000000000000000000001' });
    render(<MyTicket />);
    await settle();
    expect(screen.getByRole('status').textContent).toContain('◐ 工作人员正在办理');
    expect(screen.getByRole('status').textContent).toContain('最晚答复日期：12月3日（周四）');
    expect(screen.getByText('工作人员的答复（1 条）')).toBeTruthy();
    expect(screen.getAllByText('您好，我们已经核实情况，向您道歉。').length).toBeGreaterThan(0);
    expect(screen.getByText('一次性告知：法律援助')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '经济困难状况说明表，未备好' })).toBeTruthy();
    expect(screen.getByText('收到申请之日起7日内作出决定')).toBeTruthy();
    expect(screen.getByText('还需带村委会证明')).toBeTruthy();
  });

  it('copies the notice as text for the family, every part included', async () => {
    fakeGateway({ 'tickets.get': () => ({ ok: true, data: residentTicket() }) });
    __setRouterParams({ id: 'tk_000000000000000000000001' });
    render(<MyTicket />);
    await settle();
    fireEvent.click(screen.getByText('复制告知内容，发给家人'));
    const copied = (Taro.setClipboardData as jest.Mock).mock.calls[0][0].data as string;
    expect(copied.split('\n')[0]).toBe('西山镇公共法律服务工作站 一次性告知：法律援助');
    expect(copied).toContain('需要带的材料：\n1. 身份证\n2. 经济困难状况说明表');
    expect(copied).toContain('办理时限：收到申请之日起7日内作出决定');
    expect(copied).toContain('工作人员补充：还需带村委会证明');
  });

  it('shows the result and, for a matter outside the station, where to go', async () => {
    fakeGateway({ 'tickets.get': () => ({ ok: true, data: residentTicket({ status: 'closed', notices: [], closure: {
      result: '已告知到县人社局办理', outOfScope: { explanation: '工资拖欠由劳动监察部门处理', whereToGo: '新建区人社局劳动监察大队' },
      at: at('2026-11-26T11:00:00+08:00'), by: { staffId: 'staff:1', name: '示例·张某' }, onTime: true,
    } }) }) });
    __setRouterParams({ id: 'tk_000000000000000000000001' });
    render(<MyTicket />);
    await settle();
    expect(screen.getByRole('status').textContent).toContain('✓ 已办结');
    expect(screen.getByText('已告知到县人社局办理')).toBeTruthy();
    expect(screen.getByText('请到：新建区人社局劳动监察大队')).toBeTruthy();
  });

  it("answers another person's ticket with the server's not-found message", async () => {
    fakeGateway({ 'tickets.get': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这件事' } }) });
    __setRouterParams({ id: 'tk_000000000000000000000009' });
    render(<MyTicket />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('没有找到这件事');
  });
});
