import { getToken } from './session';

const shown = new Map<string, Promise<string>>();

/**
 * Something an `<Image src>` or `Taro.previewImage` can show for a letter photo id. weapp: the
 * cloud fileID itself. H5: `/api/files/<id>` needs the session token, which an `<img>` cannot
 * send, so the photo is fetched with it once and shown through an object URL (kept per id).
 * Rejects when the photo cannot be loaded (then it is tried again next time).
 * @example const src = await photoSrc('f_3c…'); // 'blob:http://…'
 */
export function photoSrc(fileId: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') return Promise.resolve(fileId);
  let pending = shown.get(fileId);
  if (!pending) {
    pending = load(fileId);
    shown.set(fileId, pending);
    pending.catch(() => shown.delete(fileId));
  }
  return pending;
}

async function load(fileId: string): Promise<string> {
  const token = getToken();
  const res = await fetch('/api/files/' + encodeURIComponent(fileId), { headers: token ? { Authorization: 'Bearer ' + token } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return URL.createObjectURL(await res.blob());
}
