import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { EntryTiles, tilesFor } from '../../../src/components/home/EntryTiles';
import { callFunction } from '../../../src/api/call';
import { uploadPhoto } from '../../../src/api/upload';
import { isPending } from '../../../src/api/pending';
import { showNetworkWaits } from '../../../src/ui/pending-indicator';
import { atFixedTime } from '../support/clock';

atFixedTime();

const bar = () => document.getElementById('net-pending') as HTMLElement;
let stop: () => void;
beforeEach(() => {
  document.body.innerHTML = '';
  stop = showNetworkWaits(document);
});
afterEach(() => stop());

describe('feedback for a tap that waits on the network', () => {
  it('a tile into booking shows 「正在连接」 in the same frame as the tap, until the page has opened', async () => {
    let opened!: () => void;
    (Taro.navigateTo as jest.Mock).mockImplementationOnce(() => new Promise<void>((resolve) => { opened = resolve; }));
    render(<EntryTiles tiles={tilesFor(false)} />);
    expect(bar().hidden).toBe(true);
    fireEvent.click(screen.getByRole('link', { name: /预约到站/ }));
    expect(bar().hidden).toBe(false); // no timer ran: well inside 100 ms
    expect(bar().textContent).toBe('正在连接，请稍候…');
    expect(bar().getAttribute('role')).toBe('status');
    await act(async () => { opened(); await Promise.resolve(); });
    expect(bar().hidden).toBe(true);
  });

  it('every function call counts from the moment it is made until it answers, retries included', async () => {
    let answer!: (v: unknown) => void;
    const transport = jest.fn(() => new Promise((resolve) => { answer = resolve; }));
    const call = callFunction('tickets', { action: 'submit' }, { transport });
    expect(isPending()).toBe(true);
    expect(bar().hidden).toBe(false);
    await act(async () => { answer({ ok: true, data: {} }); await call; });
    expect(isPending()).toBe(false);
    expect(bar().hidden).toBe(true);
  });

  it('stays shown while any of several waits is still open', async () => {
    const answers: Array<(v: unknown) => void> = [];
    const transport = () => new Promise((resolve) => { answers.push(resolve); });
    const a = callFunction('info', { action: 'overview' }, { transport });
    const b = callFunction('info', { action: 'me' }, { transport });
    await act(async () => { answers[0]({ ok: true, data: {} }); await a; });
    expect(bar().hidden).toBe(false);
    await act(async () => { answers[1]({ ok: true, data: {} }); await b; });
    expect(bar().hidden).toBe(true);
  });

  it('a letter photo upload counts too, until the gateway has answered', async () => {
    let answer!: (v: unknown) => void;
    (global as unknown as { fetch: unknown }).fetch = jest.fn((url: string) => (String(url).startsWith('blob:')
      ? Promise.resolve({ blob: async () => new Blob(['x'], { type: 'image/jpeg' }) })
      : new Promise((resolve) => { answer = resolve; })));
    const upload = uploadPhoto('blob:letter-1');
    expect(bar().hidden).toBe(false);
    await act(async () => { await Promise.resolve(); await Promise.resolve(); });
    await act(async () => { answer({ headers: { get: () => 'application/json' }, json: async () => ({ ok: true, data: { fileId: 'f_1' } }) }); await upload; });
    expect(bar().hidden).toBe(true);
  });
});
