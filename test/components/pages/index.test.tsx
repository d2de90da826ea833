import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../doubles/taro';
import Index from '../../../src/pages/index/index';
import { saveOverview } from '../../../src/api/overview';
import { fakeGateway } from '../support/gateway';
import { overview, station } from '../support/fixtures';

const at = (iso: string) => Date.parse(iso);
const anonymous = () => ({ ok: true, data: { kind: 'anonymous' } });

/** Renders the home page and lets its loads (and any retry waits) finish. */
async function renderHome() {
  render(<Index />);
  await act(async () => {
    await jest.advanceTimersByTimeAsync(2000);
  });
}

const status = () => screen.getByRole('status');

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

describe('home page status line', () => {
  it('says the office is open on Thursday 2026-11-26 at 10:00 Beijing time, with symbol and words', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    await renderHome();
    expect(status().textContent).toContain('● 办公中');
    expect(status().textContent).toContain('正在办公 · 今天 12:00 开始午休');
    expect(status().getAttribute('aria-label')).toContain('现在是否办公：办公中');
  });

  it('says closed for 国庆节 on 2026-10-05 and names Thursday 10月8日 9:00 as the next opening', async () => {
    jest.setSystemTime(at('2026-10-05T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    await renderHome();
    expect(status().textContent).toContain('○ 现在不办公');
    expect(status().textContent).toContain('国庆节');
    expect(status().textContent).toContain('10月8日（周四）9:00 开门');
  });

  it("follows the admin's override: a day off on a normal Thursday shows the admin's note", async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview([{ date: '2026-11-26', working: false, note: '站内盘点' }]), 'info.me': anonymous });
    await renderHome();
    expect(status().textContent).toContain('现在不办公');
    expect(status().textContent).toContain('站内盘点');
  });

  it('turns to 午休中 when the minute ticks past 12:00 while the page stays open', async () => {
    jest.setSystemTime(at('2026-11-26T11:59:30+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    render(<Index />);
    await act(async () => { await jest.advanceTimersByTimeAsync(100); });
    expect(status().textContent).toContain('办公中');
    await act(async () => { await jest.advanceTimersByTimeAsync(60000); });
    expect(status().textContent).toContain('◐ 午休中');
    expect(status().textContent).toContain('13:30 继续办公');
  });
});

describe('home page phones and offline use', () => {
  it('dials the station phone and the complaint phone with their digits', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    await renderHome();
    fireEvent.click(screen.getByLabelText('拨打工作站值班电话：0791-83281234'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183281234' });
    fireEvent.click(screen.getByLabelText('拨打电话投诉：0791-83280001'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280001' });
  });

  it('shows the saved overview and says so when the network is down', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    const saved = overview().data;
    saveOverview({ ...saved, items: [{ ...station, data: { ...station.data, address: '上次保存的地址' } }] }, Date.now());
    const gw = fakeGateway({});
    gw.offline();
    await renderHome();
    expect(screen.getByRole('alert').textContent).toContain('网络不太好，请稍后重试');
    expect(screen.getByRole('alert').textContent).toContain('显示的是上次保存的信息');
    expect(screen.getByText('上次保存的地址')).toBeTruthy();
    expect(screen.getByLabelText('拨打工作站值班电话：0791-83281234')).toBeTruthy();
    expect(status().textContent).toContain('办公中');
  });

  it('with no network and nothing saved, still offers the complaint phone from the rules', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({}).offline();
    await renderHome();
    expect(screen.getByRole('alert').textContent).toContain('以下是工作站公开的基本信息');
    fireEvent.click(screen.getByLabelText('拨打投诉电话：0791-83280001'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280001' });
  });

  it('shows 「更新于」 with the Beijing date of the last change', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    await renderHome();
    const address = screen.getByText('南昌市新建区西山镇人民政府一楼').parentElement!;
    expect(within(address).getByText('更新于 2026年11月20日')).toBeTruthy();
  });

  it('shows 工作人员入口 only to staff', async () => {
    jest.setSystemTime(at('2026-11-26T10:00:00+08:00'));
    fakeGateway({ 'info.overview': () => overview(), 'info.me': anonymous });
    const { unmount } = render(<Index />);
    await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
    expect(screen.queryByText('工作人员入口')).toBeNull();
    unmount();
    fakeGateway({ 'info.overview': () => overview(), 'info.me': () => ({ ok: true, data: { kind: 'staff', roles: ['admin'] } }) });
    await renderHome();
    expect(screen.getByText('工作人员入口')).toBeTruthy();
  });
});
