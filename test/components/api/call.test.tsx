import { callFunction } from '../../../src/api/call';

describe('callFunction', () => {
  it('tries once more when the first attempt gets no answer, and returns the second answer', async () => {
    const transport = jest.fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ ok: true, data: 42 });
    await expect(callFunction('info', { action: 'me' }, { transport, retryDelayMs: 1 })).resolves.toEqual({ ok: true, data: 42 });
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('reports NETWORK in Chinese after two failed attempts', async () => {
    const transport = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(callFunction('info', { action: 'me' }, { transport, retryDelayMs: 1 })).resolves.toEqual({
      ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' },
    });
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('passes a server error through without retrying', async () => {
    const error = { code: 'FORBIDDEN', message: '没有权限' };
    const transport = jest.fn().mockResolvedValue({ ok: false, error });
    await expect(callFunction('admin', { action: 'listContent' }, { transport })).resolves.toEqual({ ok: false, error });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('gives up on an attempt that hangs past the timeout', async () => {
    const transport = jest.fn(() => new Promise(() => undefined));
    const res = await callFunction('info', { action: 'overview' }, { transport, retryDelayMs: 1, timeoutMs: 20 });
    expect(res.ok).toBe(false);
    expect(transport).toHaveBeenCalledTimes(2);
  });
});
