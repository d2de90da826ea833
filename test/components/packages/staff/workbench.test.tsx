import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import WorkbenchHome from '../../../../src/packages/staff/pages/index/index';
import { fakeGateway } from '../../support/gateway';
import { adminMe, residentMe, staffItems, staffMe } from '../../support/inbox-fixtures';
import { atFixedTime } from '../../support/clock';

atFixedTime();

async function renderHome() {
  render(<WorkbenchHome />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

describe('工作台', () => {
  it("shows the staff member's name and role, the to-do count, and opens 我的待办", async () => {
    fakeGateway({ 'info.me': staffMe, 'inbox.list': () => ({ ok: true, data: { items: staffItems } }) });
    await renderHome();
    expect(screen.getByText('示例·张某')).toBeTruthy();
    expect(screen.getByText('窗口工作人员')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('⚠ 1 项已超期 · 2 条未读　查看 ›');
    fireEvent.click(screen.getByRole('link', { name: /我的待办/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/inbox/index' });
    expect(screen.queryByText('信息发布管理')).toBeNull();
    expect(screen.queryByText('档案管理')).toBeNull();
  });

  it('gives the archivist (档案管理人员) the way to the archive, by their role in words', async () => {
    fakeGateway({ 'info.me': () => ({ ok: true, data: { kind: 'staff', name: '示例·吴某', roles: ['archivist'] } }), 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderHome();
    expect(screen.getByText('档案管理人员')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: /档案管理/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/archives/pages/volumes/index' });
    expect(screen.getAllByRole('link')[0].getAttribute('aria-label')).toMatch(/^档案管理：/); // their own work first
    expect(screen.queryByText('信息发布管理')).toBeNull();
  });

  it('gives the platform admin the way to the editor', async () => {
    fakeGateway({ 'info.me': adminMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderHome();
    expect(screen.getByText('平台管理人员')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^档案管理：/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: /信息发布管理/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/index/index' });
  });

  it('on H5, 「接收到期提醒」 asks WeChat nothing and says reminders stay in 我的待办', async () => {
    fakeGateway({ 'info.me': staffMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderHome();
    fireEvent.click(screen.getByText('接收到期提醒（微信通知）'));
    await act(async () => { await jest.advanceTimersByTimeAsync(100); });
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(screen.getByText('网页版不能订阅微信提醒；到期提醒会显示在「我的待办」里。')).toBeTruthy();
  });

  it('tells a resident 「此页面仅供工作人员使用」', async () => {
    const gw = fakeGateway({ 'info.me': residentMe });
    await renderHome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('此页面仅供工作人员使用');
    expect(screen.queryByText('我的待办')).toBeNull();
    expect(gw.calls.map((c) => `${c.name}.${c.event.action}`)).toEqual(['info.me']);
  });

  it("shows the server's message when it cannot tell who is calling", async () => {
    fakeGateway({}).offline();
    await renderHome();
    expect(screen.getByText('此页面仅供工作人员使用')).toBeTruthy();
    expect(screen.getByText('网络不太好，请稍后重试')).toBeTruthy();
  });
});
