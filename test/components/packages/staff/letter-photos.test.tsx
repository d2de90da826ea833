import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import { LetterPhotos, type LetterPhoto } from '../../../../src/packages/staff/components/tickets/LetterPhotos';
import { PhotoStrip } from '../../../../src/packages/staff/components/tickets/PhotoStrip';

type Reply = { status: number; body: unknown } | 'offline';

/**
 * global.fetch for H5 uploads: `blob:` URLs give image bytes; each `POST /api/files` waits until
 * the test answers it with `answer(reply)`, so the progress line can be seen in between.
 */
function fakeUploads() {
  const waiting: Array<(reply: Reply) => void> = [];
  const posts: Array<{ type: string; auth?: string }> = [];
  (global as unknown as { fetch: unknown }).fetch = jest.fn((url: string, init?: { method?: string; headers?: Record<string, string> }) => {
    if (url.startsWith('blob:')) return Promise.resolve({ blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }) });
    posts.push({ type: init?.headers?.['Content-Type'] ?? '', auth: init?.headers?.Authorization });
    return new Promise((resolve, reject) => {
      waiting.push((reply) => (reply === 'offline'
        ? reject(new TypeError('Failed to fetch'))
        : resolve({ status: reply.status, headers: { get: () => 'application/json' }, json: async () => reply.body })));
    });
  });
  return {
    posts,
    async answer(reply: Reply) {
      await act(async () => { await jest.advanceTimersByTimeAsync(0); });
      const next = waiting.shift();
      if (!next) throw new Error('no upload is waiting');
      await act(async () => { next(reply); await jest.advanceTimersByTimeAsync(1000); });
    },
  };
}

const stored = (fileId: string): Reply => ({ status: 200, body: { ok: true, data: { fileId } } });
let latest: LetterPhoto[] = [];

function Harness({ start = [] }: { start?: LetterPhoto[] }) {
  const [photos, setPhotos] = useState<LetterPhoto[]>(start);
  latest = photos;
  return <LetterPhotos value={photos} onChange={setPhotos} />;
}

beforeEach(() => {
  __reset();
  latest = [];
  jest.useFakeTimers();
  Taro.setStorageSync('session:token', 'staff-token');
});
afterEach(() => jest.useRealTimers());

describe('LetterPhotos (信件照片)', () => {
  it('uploads three chosen photos one by one, saying 正在上传 n/3, and retries a dropped one once', async () => {
    const net = fakeUploads();
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:a', size: 1000, fileType: 'image' }, { tempFilePath: 'blob:b', size: 1000, fileType: 'image' }, { tempFilePath: 'blob:c', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await net.answer(stored('f_a'));
    expect(screen.getByRole('status').textContent).toBe('正在上传 2/3…');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await net.answer('offline');
    expect(screen.getByRole('status').textContent).toBe('正在上传 2/3…');
    await net.answer(stored('f_b'));
    expect(screen.getByRole('status').textContent).toBe('正在上传 3/3…');
    await net.answer(stored('f_c'));
    expect(screen.queryByRole('status')).toBeNull();
    expect(latest.map((p) => p.fileId)).toEqual(['f_a', 'f_b', 'f_c']);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).toEqual(['blob:a', 'blob:b', 'blob:c']);
    expect(net.posts).toEqual(Array(4).fill({ type: 'image/jpeg', auth: 'Bearer staff-token' }));
    expect(Taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 9, mediaType: ['image'], sourceType: ['camera', 'album'] }));
  });

  it('keeps the photos that went up and names the one the server refused', async () => {
    const net = fakeUploads();
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:a', size: 1000, fileType: 'image' }, { tempFilePath: 'blob:b', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await net.answer({ status: 413, body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '照片太大了（最大 5 MB），请重新拍一张', field: 'file' } } });
    await net.answer(stored('f_b'));
    expect(screen.getByRole('alert').textContent).toContain('第 1 张：照片太大了（最大 5 MB）');
    expect(latest.map((p) => p.fileId)).toEqual(['f_b']);
    expect(net.posts).toHaveLength(2);
  });

  it('removes the photo whose 删去 is tapped and asks for no more than the 9 allowed', async () => {
    fakeUploads();
    const start = ['f_1', 'f_2', 'f_3'].map((fileId) => ({ fileId, preview: `blob:${fileId}` }));
    render(<Harness start={start} />);
    fireEvent.click(screen.getByRole('button', { name: '删去第 2 张照片' }));
    expect(latest.map((p) => p.fileId)).toEqual(['f_1', 'f_3']);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [], type: 'image', errMsg: 'chooseMedia:fail cancel' });
    fireEvent.click(screen.getByRole('button', { name: '再拍一张 / 选照片（已 2 张）' }));
    await act(async () => { await jest.advanceTimersByTimeAsync(0); });
    expect(Taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 7 }));
    expect(latest).toHaveLength(2);
  });
});

describe('PhotoStrip (ticket page)', () => {
  it('fetches each photo with the session token and opens it full size on tap', async () => {
    (global as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init: { headers: Record<string, string> }) => ({
      ok: url.endsWith('f_good'), status: url.endsWith('f_good') ? 200 : 404, auth: init.headers.Authorization,
      blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
    }));
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = jest.fn(() => 'blob:shown-1');
    render(<PhotoStrip ids={['f_good', 'f_gone']} />);
    await act(async () => { await jest.advanceTimersByTimeAsync(0); });
    expect((global.fetch as jest.Mock).mock.calls.map(([url, init]) => [url, init.headers.Authorization])).toEqual([
      ['/api/files/f_good', 'Bearer staff-token'], ['/api/files/f_gone', 'Bearer staff-token'],
    ]);
    expect(screen.getByText('第 2 张打不开')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '第 1 张信件照片，点开看大图' }));
    expect(Taro.previewImage).toHaveBeenCalledWith({ current: 'blob:shown-1', urls: ['blob:shown-1'] });
  });
});
