import Taro from '@tarojs/taro';
import { __reset } from '../doubles/taro';
import { letterCloudPath, uploadPhoto } from '../../../src/api/upload';

beforeEach(() => {
  __reset();
  (Taro.cloud.uploadFile as jest.Mock).mockClear();
  (Taro.cloud.callFunction as jest.Mock).mockReset();
});
/** The `tickets` cloud function's answer to photoUploaded, as Taro.cloud.callFunction gives it. */
const answers = (result: unknown) => (Taro.cloud.callFunction as jest.Mock).mockResolvedValue({ result, errMsg: 'cloud.callFunction:ok' });
afterEach(() => { delete process.env.TARO_ENV; });

describe('letter photo uploads', () => {
  it('files a cloud photo under letters/<Beijing day>/ with the picture\'s own extension', () => {
    // 2026-11-26 16:30 UTC is already the 27th in Beijing
    expect(letterCloudPath(Date.parse('2026-11-26T16:30:00Z'), 'k3j9x2', 'wxfile://tmp_a.PNG')).toBe('letters/2026-11-27/k3j9x2.png');
    expect(letterCloudPath(Date.parse('2026-11-26T09:00:00+08:00'), 'k3j9x2', 'http://tmp/abc')).toBe('letters/2026-11-26/k3j9x2.jpg');
  });

  it('uploads straight to cloud storage in the mini-program and answers the cloud fileID', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.cloud.uploadFile as jest.Mock).mockResolvedValueOnce({ fileID: 'cloud://env-1.abc/letters/2026-11-26/x.jpg', statusCode: 200, errMsg: 'ok' });
    answers({ ok: true, data: { fileId: 'cloud://env-1.abc/letters/2026-11-26/x.jpg', counted: true } });
    const res = await uploadPhoto('wxfile://tmp_1.jpg');
    expect(res).toEqual({ ok: true, data: { fileId: 'cloud://env-1.abc/letters/2026-11-26/x.jpg' } });
    expect((Taro.cloud.callFunction as jest.Mock).mock.calls[0][0]).toMatchObject({ name: 'tickets', data: { action: 'photoUploaded', fileId: 'cloud://env-1.abc/letters/2026-11-26/x.jpg' } });
    const [{ cloudPath, filePath }] = (Taro.cloud.uploadFile as jest.Mock).mock.calls[0];
    expect(filePath).toBe('wxfile://tmp_1.jpg');
    expect(cloudPath).toMatch(/^letters\/\d{4}-\d{2}-\d{2}\/[a-z0-9]+\.jpg$/);
  });

  it('passes on the server\'s refusal of a photo over the day\'s limit (the photo is already deleted)', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.cloud.uploadFile as jest.Mock).mockResolvedValueOnce({ fileID: 'cloud://env-1.abc/letters/2026-11-26/y.jpg', statusCode: 200, errMsg: 'ok' });
    answers({ ok: false, error: { code: 'RATE_LIMITED', message: '今天已经上传了 20 张照片，达到每人每天 20 张的上限', field: 'file' } });
    const res = await uploadPhoto('wxfile://tmp_2.jpg');
    expect(res).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '今天已经上传了 20 张照片，达到每人每天 20 张的上限', field: 'file' } });
    expect(Taro.cloud.uploadFile).toHaveBeenCalledTimes(1);
  });

  it('keeps an uploaded photo usable when the server cannot be told (weak network), without uploading it again', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.cloud.uploadFile as jest.Mock).mockResolvedValueOnce({ fileID: 'cloud://env-1.abc/letters/2026-11-26/z.jpg', statusCode: 200, errMsg: 'ok' });
    (Taro.cloud.callFunction as jest.Mock).mockRejectedValue(new Error('timeout'));
    const res = await uploadPhoto('wxfile://tmp_3.jpg');
    expect(res).toEqual({ ok: true, data: { fileId: 'cloud://env-1.abc/letters/2026-11-26/z.jpg' } });
    expect(Taro.cloud.uploadFile).toHaveBeenCalledTimes(1);
  });

  it('tries a failed cloud upload once more, then says the network is weak', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.cloud.uploadFile as jest.Mock).mockRejectedValueOnce(new Error('timeout')).mockRejectedValueOnce(new Error('timeout'));
    const res = await uploadPhoto('wxfile://tmp_1.jpg', { retryDelayMs: 0 });
    expect(res).toEqual({ ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } });
    expect(Taro.cloud.uploadFile).toHaveBeenCalledTimes(2);
  });
});
