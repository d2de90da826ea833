import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, httpStatusOf, toErrorBody } from '../core/errors';
import { isAllowed } from '../core/access';
import { resolveActor } from '../core/actor';
import type { Actor, PlatformIdentity } from '../ports/identity';
import type { Store } from '../ports/store';
import { FILE_ID, MAX_FILE_BYTES, type FileStore } from '../ports/files';
import { readBytes } from './body';
import { recordUpload, takeUploadQuota } from '../files/uploads';
import { SECURITY_HEADERS, sendError, sendJson } from './respond';

export const FILES_PATH = '/api/files';

interface FileRouteDeps {
  files: FileStore;
  store: Store;
  /** The gateway's Bearer check: anonymous `{ openid: null }`, or null for a bad token. */
  identify(req: IncomingMessage): PlatformIdentity | null;
  /** The station clock (uploads are dated by it, as the scheduler's sweep reads them). */
  now(): number;
}

/**
 * `POST /api/files` (raw image body, its Content-Type) → `{ ok: true, data: { fileId } }` and
 * `GET /api/files/<fileId>` → the image, `Cache-Control: private`. Both for active staff only
 * (residents never see letter photos here; their ticket view carries none). Answers `false` when
 * the path is not a files path.
 *
 * @example
 * const handled = await fileRoutes(deps)(req, res, '/api/files');
 */
export function fileRoutes(deps: FileRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (path !== FILES_PATH && !path.startsWith(FILES_PATH + '/')) return false;
    const upload = path === FILES_PATH;
    if (upload ? req.method !== 'POST' : req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      sendError(res, 405, { code: 'NOT_FOUND', message: upload ? '请用 POST 方式上传' : '请用 GET 方式读取' }, { Allow: upload ? 'POST' : 'GET, HEAD' });
      return true;
    }
    const actor = await staffOnly(req, res, deps);
    if (!actor) return true;
    if (upload) await receive(req, res, deps, actor);
    else await deliver(req, res, deps.files, path.slice(FILES_PATH.length + 1));
    return true;
  };
}

/** The staff actor, or answers 401 / 403 itself and returns null. */
async function staffOnly(req: IncomingMessage, res: ServerResponse, deps: FileRouteDeps): Promise<Extract<Actor, { kind: 'staff' }> | null> {
  const identity = deps.identify(req);
  const actor = identity ? await resolveActor(deps.store, identity) : null;
  if (actor?.kind === 'staff' && isAllowed(actor, 'staff')) return actor;
  req.resume();
  if (!actor || actor.kind === 'anonymous') sendError(res, 401, { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
  else sendError(res, 403, { code: 'FORBIDDEN', message: '只有工作人员可以上传和查看信件照片' });
  return null;
}

/**
 * Stores one uploaded photo: at most PHOTO_DAILY_LIMIT (src/domain/limits.ts) a staff member's day (RATE_LIMITED),
 * recorded as unreferenced until a ticket or application keeps it (removed after a day otherwise).
 */
async function receive(req: IncomingMessage, res: ServerResponse, deps: FileRouteDeps, actor: { staffId: string }): Promise<void> {
  const { files, store } = deps;
  const body = await readBytes(req, MAX_FILE_BYTES);
  if (body.kind === 'too-large') {
    return sendError(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: '照片太大了（最大 5 MB），请重新拍一张', field: 'file' }, { Connection: 'close' });
  }
  try {
    const now = deps.now();
    await takeUploadQuota(store, actor.staffId, now);
    const { fileId } = await files.put(body.bytes, { contentType: req.headers['content-type'] ?? '', uploadedBy: actor.staffId });
    await recordUpload(store, fileId, actor.staffId, now);
    sendJson(res, 200, { ok: true, data: { fileId } });
  } catch (err) {
    if (!(err instanceof AppError)) console.error('[files]', err);
    const error = toErrorBody(err);
    sendError(res, httpStatusOf[error.code] ?? 500, error);
  }
}

async function deliver(req: IncomingMessage, res: ServerResponse, files: FileStore, fileId: string): Promise<void> {
  const found = FILE_ID.test(fileId) ? await files.get(fileId) : null;
  if (!found) return sendError(res, 404, { code: 'NOT_FOUND', message: '没有找到这张照片' });
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Content-Type': found.contentType,
    'Content-Length': found.bytes.length,
    'Cache-Control': 'private, max-age=86400, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : found.bytes);
}
