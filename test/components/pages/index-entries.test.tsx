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

describe('home page entries for signed-in people', () => {
  it('offers a signed-in resident 「我的消息」', async () => {
    await renderHome({ kind: 'resident', name: '示例·陈大爷' });
    fireEvent.click(screen.getByRole('link', { name: /我的消息/ }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/messages/index' });
  });

  it('shows no 「我的消息」 to someone not signed in', async () => {
    await renderHome({ kind: 'anonymous' });
    expect(screen.queryByText('我的消息')).toBeNull();
  });

  it('leads staff from 「工作人员入口」 to the workbench', async () => {
    await renderHome({ kind: 'staff', name: '示例·张某', roles: ['staff'] });
    fireEvent.click(screen.getByText('工作人员入口'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/index/index' });
  });
});
