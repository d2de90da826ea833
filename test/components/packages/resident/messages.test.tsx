import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Messages from '../../../../src/packages/resident/pages/messages/index';
import { fakeGateway } from '../../support/gateway';
import { inboxItem } from '../../support/inbox-fixtures';
import { atFixedTime } from '../../support/clock';

atFixedTime();

async function renderMessages() {
  render(<Messages />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

const newest = inboxItem({ id: 'n', title: '办理进度：投诉答复', body: '您的「投诉答复」已超过承诺的办理时限，如有疑问请拨打 0791-83280001。', purpose: 'deadlineLate', link: '/pages/index/index' });
const older = inboxItem({ id: 'o', title: '咨询已答复', createdAt: Date.parse('2026-11-20T15:00:00+08:00'), read: true });

describe('我的消息', () => {
  it('lists the messages in the order the server gives (newest first), with when each arrived', async () => {
    fakeGateway({ 'inbox.list': () => ({ ok: true, data: { items: [newest, older] } }) });
    await renderMessages();
    const rows = screen.getAllByRole('link');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['未读，办理进度：投诉答复，点按打开', '咨询已答复']);
    expect(rows[0].textContent).toContain('收到：今天 09:30');
    expect(rows[1].textContent).toContain('收到：11月20日（周五） 15:00');
    expect(screen.getByText('有 1 条新消息，最新的在最上面。')).toBeTruthy();
    expect(rows[0].textContent).not.toMatch(/工作日/);
  });

  it('marks a message read when tapped and opens its page', async () => {
    const gw = fakeGateway({
      'inbox.list': () => ({ ok: true, data: { items: [newest, older] } }),
      'inbox.markRead': (e) => ({ ok: true, data: { id: e.id, readAt: Date.now() } }),
    });
    await renderMessages();
    fireEvent.click(screen.getAllByRole('link')[0]);
    await act(async () => { await jest.advanceTimersByTimeAsync(100); });
    expect(gw.calls.find((c) => c.event.action === 'markRead')?.event).toEqual({ action: 'markRead', id: 'n' });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/index/index' });
    expect(screen.queryByText('● 未读')).toBeNull();
  });

  it('says in Chinese that there are no messages yet', async () => {
    fakeGateway({ 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderMessages();
    expect(screen.getByText('暂时没有消息。您办理的事情有进展时，工作站会在这里告诉您。')).toBeTruthy();
  });

  it("shows the server's sign-in message to someone not signed in, with a way to retry", async () => {
    fakeGateway({ 'inbox.list': () => ({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录后再操作' } }) });
    await renderMessages();
    expect(screen.getByRole('alert').textContent).toBe('请先登录后再操作（点此重试）');
  });
  it('says what became of a booking an earlier 「预约成功」 was about', async () => {
    const booked = inboxItem({ id: 'appointment:appt:1:booked:2026-12-01:09:00', title: '预约成功', body: '您已预约 12月1日（周二） 09:00–09:30…', current: '此预约已取消' });
    fakeGateway({ 'inbox.list': () => ({ ok: true, data: { items: [booked] } }) });
    await renderMessages();
    expect(screen.getByText('⟳ 现在：此预约已取消')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('aria-label')).toContain('现在：此预约已取消');
  });
});
