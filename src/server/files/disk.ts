import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/errors';
import { FILE_ID, IMAGE_TYPES, MAX_FILE_BYTES, imageTypeOf, type FileStore } from '../ports/files';
import { looksLike } from './image-bytes';

interface Meta {
  contentType: string;
  uploadedBy: string;
  size: number;
}

/**
 * The embedded file store: each photo is `<dir>/<fileId>` plus `<dir>/<fileId>.json` (type,
 * uploader, size). Ids are random (`f_` + 32 hex); `get` answers null for anything else, so no
 * id can name a path outside `dir`.
 *
 * @example
 * const files = createDiskFileStore(join(dataDir, 'files'));
 * const { fileId } = await files.put(jpegBytes, { contentType: 'image/jpeg', uploadedBy: 'staff-1' });
 */
export function createDiskFileStore(dir: string): FileStore {
  let ready: Promise<unknown> | null = null;
  const ensureDir = () => (ready ??= mkdir(dir, { recursive: true, mode: 0o700 }));
  return {
    async put(bytes, meta) {
      const type = imageTypeOf(meta.contentType);
      if (!type) throw new AppError('VALIDATION', `只能上传照片（${IMAGE_TYPES.map((t) => t.slice(6)).join('、')} 格式）`, 'file');
      if (bytes.length > MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '照片太大了（最大 5 MB），请重新拍一张', 'file');
      if (bytes.length === 0 || !looksLike(bytes, type)) throw new AppError('VALIDATION', '这个文件不是一张完好的照片，请重新拍一张', 'file');
      await ensureDir();
      const fileId = `f_${randomBytes(16).toString('hex')}`;
      const record: Meta = { contentType: type, uploadedBy: meta.uploadedBy, size: bytes.length };
      await writeFile(join(dir, `${fileId}.part`), bytes, { mode: 0o600 });
      await writeFile(join(dir, `${fileId}.json`), JSON.stringify(record), { mode: 0o600 });
      await rename(join(dir, `${fileId}.part`), join(dir, fileId));
      return { fileId };
    },
    async remove(fileId) {
      if (!FILE_ID.test(fileId)) return;
      await rm(join(dir, fileId), { force: true });
      await rm(join(dir, `${fileId}.json`), { force: true });
    },
    async get(fileId) {
      if (!FILE_ID.test(fileId)) return null;
      try {
        const meta = JSON.parse(await readFile(join(dir, `${fileId}.json`), 'utf8')) as Meta;
        return { bytes: await readFile(join(dir, fileId)), contentType: meta.contentType };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
  };
}
