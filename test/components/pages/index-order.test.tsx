import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Index from '../../../src/pages/index/index';
import { fakeGateway } from '../support/gateway';
import { overview } from '../support/fixtures';
import { atFixedTime } from '../support/clock';

atFixedTime();

async function renderHome(me: Record<string, unknown>) {
  fakeGateway({ 'info.overview': () => overview(), 'info.me': () => ({ ok: true, data: me }) });
  render(<Index />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

/** True when `a` comes before `b` in the document. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('home page order for elderly residents', () => {
  it('shows 现在是否办公 first, then the tap-to-call phones, then the entry tiles in their order', async () => {
    await renderHome({ kind: 'resident', name: '示例·陈大爷' });
    const status = screen.getByText('现在是否办公');
    const call = screen.getAllByRole('button', { name: /^拨打/ })[0];
    const tiles = ['预约到站 / 上门服务', '我要投诉 / 提意见', '我的事项', '我的消息']
      .map((t) => screen.getByRole('link', { name: new RegExp(`^${t}：`) }));
    expect(before(status, call)).toBe(true);
    expect(before(call, tiles[0])).toBe(true);
    for (let i = 1; i < tiles.length; i += 1) expect(before(tiles[i - 1], tiles[i])).toBe(true);
    expect(before(tiles[3], screen.getByText('办公时间'))).toBe(true);
  });

  it('shows someone not signed in only the 预约 and 投诉 tiles, after the phones', async () => {
    await renderHome({ kind: 'anonymous' });
    const links = screen.getAllByRole('link').filter((l) => l.classList.contains('tile'));
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(['预约到站 / 上门服务：选时间来站，老人可请上门', '我要投诉 / 提意见：5 个工作日内答复']);
  });

  it('opens the complaint page from its tile', async () => {
    await renderHome({ kind: 'resident', name: '示例·陈大爷' });
    fireEvent.click(screen.getByRole('link', { name: /^我要投诉 \/ 提意见：/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/complaint/index' });
  });
});
