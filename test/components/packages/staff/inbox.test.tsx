import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import StaffInbox from '../../../../src/packages/staff/pages/inbox/index';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { inboxItem, residentMe, staffItems, staffMe } from '../../support/inbox-fixtures';

const THURSDAY_10 = Date.parse('2026-11-26T10:00:00+08:00');

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(THURSDAY_10);
});
afterEach(() => jest.useRealTimers());

async function renderInbox() {
  render(<StaffInbox />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

/** The rows' text in page order. */
const rows = () => Array.from(document.querySelectorAll('.msg')).map((r) => r.textContent ?? '');

describe('我的待办', () => {
  it('lists overdue first under 「已超期」, then by due time, each due time in words', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10), 'inbox.list': () => ({ ok: true, data: { items: staffItems } }) });
    await renderInbox();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['已超期（1）', '待办理（2）', '其他消息（1）']);
    const [late, today, later, plain] = rows();
    expect(late).toContain('⚠ 已超期 3 个工作日');
    expect(late).toContain('到期时间：11月23日（周一） 17:00');
    expect(today).toContain('今天 17:00 到期');
    expect(later).toContain('还剩 3 个工作日');
    expect(later).toContain('12月1日（周二） 17:00');
    expect(plain).toContain('开启大厅投诉意见箱');
    expect(plain).not.toMatch(/到期|超期/);
  });

  it('says overdue with a symbol and words, not by colour alone, and marks unread entries 「● 未读」', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10), 'inbox.list': () => ({ ok: true, data: { items: staffItems } }) });
    await renderInbox();
    const late = screen.getByRole('link', { name: /已超期 3 个工作日/ });
    expect(late.textContent).toMatch(/^⚠ 已超期 3 个工作日/);
    expect(late.textContent).toContain('● 未读');
    expect(screen.getByRole('link', { name: /调解回访/ }).textContent).not.toContain('未读');
  });

  it('counts only working days across 国庆节: due 9月30日 17:00 is 2 working days late on Friday 10月9日', async () => {
    const oct9 = Date.parse('2026-10-09T10:00:00+08:00');
    jest.setSystemTime(oct9);
    const item = inboxItem({ id: 'x', title: '已超期：转交答复', dueAt: Date.parse('2026-09-30T17:00:00+08:00'), overdue: true });
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], oct9), 'inbox.list': () => ({ ok: true, data: { items: [item] } }) });
    await renderInbox();
    expect(rows()[0]).toContain('已超期 2 个工作日');
  });

  it("follows the admin's calendar override: a day off on Wednesday 11月25日 is not counted", async () => {
    fakeGateway({
      'info.me': staffMe,
      'info.overview': () => overview([{ date: '2026-11-25', working: false, note: '站内盘点' }], THURSDAY_10),
      'inbox.list': () => ({ ok: true, data: { items: staffItems } }),
    });
    await renderInbox();
    expect(rows()[0]).toContain('已超期 2 个工作日');
  });

  it('says 「已超期（今天 09:00 到期）」 for something that fell due earlier today', async () => {
    const item = inboxItem({ id: 'x', title: '已超期：当日办结', dueAt: Date.parse('2026-11-26T09:00:00+08:00'), overdue: true });
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10), 'inbox.list': () => ({ ok: true, data: { items: [item] } }) });
    await renderInbox();
    expect(rows()[0]).toContain('已超期（今天 09:00 到期）');
  });

  it('on tap marks the entry read and opens its page', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10),
      'inbox.list': () => ({ ok: true, data: { items: staffItems } }),
      'inbox.markRead': (e) => ({ ok: true, data: { id: e.id, readAt: THURSDAY_10 } }),
    });
    await renderInbox();
    fireEvent.click(screen.getByRole('link', { name: /投诉答复/ }));
    await act(async () => { await jest.advanceTimersByTimeAsync(100); });
    expect(gw.calls.filter((c) => c.event.action === 'markRead').map((c) => c.event.id)).toEqual(['late']);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/inbox/index?x=1' });
    expect(screen.getByRole('link', { name: /投诉答复/ }).textContent).not.toContain('未读');
  });

  it('does not mark an entry read twice, and opens nothing when the entry has no page', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10), 'inbox.list': () => ({ ok: true, data: { items: staffItems } }) });
    await renderInbox();
    fireEvent.click(screen.getByRole('link', { name: /调解回访/ }));
    expect(gw.calls.some((c) => c.event.action === 'markRead')).toBe(false);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('says so in Chinese when there is nothing to do', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], THURSDAY_10), 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderInbox();
    expect(screen.getByText('暂无待办事项。有新的到期提醒时会显示在这里。')).toBeTruthy();
  });

  it('tells a resident 「此页面仅供工作人员使用」 and never asks for the inbox', async () => {
    const gw = fakeGateway({ 'info.me': residentMe, 'info.overview': () => overview([], THURSDAY_10) });
    await renderInbox();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('此页面仅供工作人员使用');
    expect(gw.calls.some((c) => c.name === 'inbox')).toBe(false);
    fireEvent.click(screen.getByText('回到首页'));
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });
});
