import Taro from '@tarojs/taro';
import { toBeijingDate } from '../domain/beijing';
import { getToken } from './session';
import { ensureCloud } from './transport';
import { callFunction } from './call';
import { trackPending } from './pending';
import { NETWORK_MESSAGE, type ApiResult } from './types';

/** At most this many photos per letter (the tickets contract allows 9). */
export const MAX_PHOTOS = 9;

/**
 * Opens the camera / album for up to `max` photos (compressed on weapp) and gives their local
 * paths — blob: URLs on H5; [] when the person cancels. `chooseMedia` (images only): WeChat no
 * longer maintains `chooseImage` since base library 2.21.0. Photos are a privacy interface: the
 * first call may bring up the privacy sheet (src/ui/privacy.ts).
 * @example const paths = await choosePhotos(9 - photos.length);
 */
export async function choosePhotos(max: number): Promise<string[]> {
  if (max <= 0) return [];
  try {
    const res = await Taro.chooseMedia({ count: Math.min(max, MAX_PHOTOS), mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] });
    return res.tempFiles.map((f) => f.tempFilePath).slice(0, max);
  } catch {
    return [];
  }
}

/**
 * Where a letter photo goes in CloudBase storage: `letters/<Beijing day>/<random>.<ext>`.
 * @example letterCloudPath(Date.parse('2026-11-26T17:05:00+08:00'), 'k3j9x2', 'wxfile://tmp_a.png') // 'letters/2026-11-26/k3j9x2.png'
 */
export function letterCloudPath(nowMs: number, random: string, localPath: string): string {
  const ext = /\.(jpe?g|png|webp)$/i.exec(localPath)?.[1].toLowerCase() ?? 'jpg';
  return `letters/${toBeijingDate(nowMs)}/${random}.${ext === 'jpeg' ? 'jpg' : ext}`;
}

const randomName = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 10);

/**
 * weapp: straight to cloud storage; the fileID (cloud://…) is the photo's id. The server is then
 * told (`tickets.photoUploaded`), which counts it against the day's limit and lets the daily
 * sweep delete it if nothing keeps it. A refusal (over the limit: the photo is already deleted)
 * comes back as is; no answer leaves the photo usable (only uncounted).
 */
async function toCloud(localPath: string): Promise<ApiResult<{ fileId: string }>> {
  ensureCloud();
  const res = await Taro.cloud.uploadFile({ cloudPath: letterCloudPath(Date.now(), randomName(), localPath), filePath: localPath });
  if (!res.fileID) throw new Error('uploadFile gave no fileID');
  const told = await callFunction<{ fileId: string }>('tickets', { action: 'photoUploaded', fileId: res.fileID }, { retryDelayMs: 300 });
  if (!told.ok && told.error.code !== 'NETWORK') return told;
  return { ok: true, data: { fileId: res.fileID } };
}

/** H5: the chosen blob's bytes to `POST /api/files` with the session token. */
async function toGateway(localPath: string): Promise<ApiResult<{ fileId: string }>> {
  const blob = await (await fetch(localPath)).blob();
  const token = getToken();
  const headers: Record<string, string> = { 'Content-Type': blob.type || 'image/jpeg' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch('/api/files', { method: 'POST', body: blob, headers });
  if (!(res.headers.get('content-type') ?? '').includes('json')) throw new Error(`HTTP ${res.status} without JSON`);
  return (await res.json()) as ApiResult<{ fileId: string }>;
}

/**
 * Uploads one chosen photo and gives its id for `letterPhotoIds`: weapp → `Taro.cloud.uploadFile`
 * (cloud fileID), H5 → the gateway (`f_…`). A try that gets no answer is retried once, then
 * reported as a NETWORK error; a refusal (too large, not a photo) comes back as is. Never throws.
 * @example const res = await uploadPhoto(paths[0]); if (res.ok) ids.push(res.data.fileId);
 */
export function uploadPhoto(localPath: string, options: { retryDelayMs?: number } = {}): Promise<ApiResult<{ fileId: string }>> {
  return trackPending(uploadOnce(localPath, options));
}

/** The upload with its one retry (see uploadPhoto); counted as pending by uploadPhoto. */
async function uploadOnce(localPath: string, options: { retryDelayMs?: number }): Promise<ApiResult<{ fileId: string }>> {
  const send = process.env.TARO_ENV === 'weapp' ? toCloud : toGateway;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (attempt > 0) await new Promise<void>((resolve) => setTimeout(resolve, options.retryDelayMs ?? 800));
    try {
      return await send(localPath);
    } catch {
      // no answer: try once more
    }
  }
  return { ok: false, error: { code: 'NETWORK', message: NETWORK_MESSAGE } };
}
