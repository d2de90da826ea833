import { act, fireEvent, render, screen } from '@testing-library/react';
import { __setRouterParams } from '../doubles/taro';
import GuidePage from '../../../src/pages/guide/index';
import { fakeGateway } from '../support/gateway';
import { legalAid } from '../support/fixtures';
import { atFixedTime } from '../support/clock';

atFixedTime();

async function renderGuide(key: string) {
  __setRouterParams({ key: encodeURIComponent(key) });
  render(<GuidePage />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

describe('guide page (一次性告知)', () => {
  it('asks the server for the guide named in the address and shows steps, time limit and basis', async () => {
    const gw = fakeGateway({ 'info.guide': (e) => (e.key === 'guide:legal-aid' ? { ok: true, data: legalAid } : { ok: false, error: { code: 'NOT_FOUND', message: '没有这个指南' } }) });
    await renderGuide('guide:legal-aid');
    expect(gw.calls).toEqual([{ name: 'info', event: { action: 'guide', key: 'guide:legal-aid' } }]);
    expect(screen.getByText('收到申请之日起7日内作出决定')).toBeTruthy();
    expect(screen.getByText('指派律师')).toBeTruthy();
    expect(screen.getByText('《中华人民共和国法律援助法》第四十三条')).toBeTruthy();
    expect(screen.getByText('示例信息，待管理员更新')).toBeTruthy();
  });

  it('lists every material as a checkbox the resident can tick, with words, not colour', async () => {
    fakeGateway({ 'info.guide': () => ({ ok: true, data: legalAid }) });
    await renderGuide('guide:legal-aid');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual([
      '身份证，未备好', '经济困难状况说明表，未备好', '与案件有关的材料，未备好',
    ]);
    expect(screen.getByText('已备好 0 / 3 项（点一下打勾）')).toBeTruthy();
    fireEvent.click(boxes[0]);
    expect(screen.getAllByRole('checkbox')[0].getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('身份证（已备好）')).toBeTruthy();
    expect(screen.getByText('已备好 1 / 3 项（点一下打勾）')).toBeTruthy();
  });

  it('says what went wrong when the guide cannot be loaded and nothing is saved', async () => {
    fakeGateway({ 'info.guide': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这份办事指南' } }) });
    await renderGuide('guide:unknown');
    expect(screen.getByRole('alert').textContent).toContain('没有找到这份办事指南');
    expect(screen.getByLabelText('拨打投诉电话：0791-83280001')).toBeTruthy();
  });
});
