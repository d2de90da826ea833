import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, httpStatusOf, toErrorBody } from '../core/errors';
import { isAllowed } from '../core/access';
import { resolveActor } from '../core/actor';
import type { Actor, PlatformIdentity } from '../ports/identity';
import type { Store } from '../ports/store';
import { FILE_ID, MAX_FILE_BYTES, type FileStore } from '../ports/files';
import { readBytes } from './body';
import { recordUpload, takeUploadQuota, uploaderId } from '../files/uploads';
import { assertMayReadMaterialPhoto } from '../legal-aid/photos';
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

/** Who may use the files routes: active station staff, or (issue 11) a signed-in resident. */
type Uploader = Extract<Actor, { kind: 'staff' }> | Extract<Actor, { kind: 'resident' }>;

/**
 * `POST /api/files` (raw image body, its Content-Type) → `{ ok: true, data: { fileId } }` and
 * `GET /api/files/<fileId>` → the image, `Cache-Control: private`. Active staff upload and read
 * as before. issue 11: a signed-in resident uploads photos of their legal-aid materials (their
 * own daily limit) and reads back only photos their own application keeps — decided by the one
 * access rule; residents never see letter photos here. Answers `false` when the path is not a
 * files path.
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
    const actor = await staffOrResident(req, res, deps);
    if (!actor) return true;
    if (upload) await receive(req, res, deps, actor);
    else await deliver(req, res, deps, actor, path.slice(FILES_PATH.length + 1));
    return true;
  };
}

/** Active staff or a signed-in resident, or answers 401 / 403 itself and returns null. */
async function staffOrResident(req: IncomingMessage, res: ServerResponse, deps: FileRouteDeps): Promise<Uploader | null> {
  const identity = deps.identify(req);
  const actor = identity ? await resolveActor(deps.store, identity) : null;
  if ((actor?.kind === 'staff' && isAllowed(actor, 'staff')) || actor?.kind === 'resident') return actor;
  req.resume();
  if (!actor || actor.kind === 'anonymous') sendError(res, 401, { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
  else sendError(res, 403, { code: 'FORBIDDEN', message: '只有工作人员可以上传和查看信件照片' });
  return null;
}

/**
 * Stores one uploaded photo: at most PHOTO_DAILY_LIMIT a staff member's day, RESIDENT_PHOTO_DAILY_LIMIT
 * a resident's (src/domain/limits.ts; RATE_LIMITED 429), recorded as unreferenced until a ticket or
 * application keeps it (removed after a day otherwise).
 */
async function receive(req: IncomingMessage, res: ServerResponse, deps: FileRouteDeps, actor: Uploader): Promise<void> {
  const { files, store } = deps;
  const body = await readBytes(req, MAX_FILE_BYTES);
  if (body.kind === 'too-large') {
    return sendError(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: '照片太大了（最大 5 MB），请重新拍一张', field: 'file' }, { Connection: 'close' });
  }
  try {
    const now = deps.now();
    const uploader = uploaderId(actor);
    await takeUploadQuota(store, uploader, now);
    const { fileId } = await files.put(body.bytes, { contentType: req.headers['content-type'] ?? '', uploadedBy: uploader });
    await recordUpload(store, fileId, uploader, now);
    sendJson(res, 200, { ok: true, data: { fileId } });
  } catch (err) {
    sendCaught(res, err);
  }
}

function sendCaught(res: ServerResponse, err: unknown): void {
  if (!(err instanceof AppError)) console.error('[files]', err);
  const error = toErrorBody(err);
  sendError(res, httpStatusOf[error.code] ?? 500, error);
}

/** One photo: staff any; a resident only one their own application keeps (the one access rule). */
async function deliver(req: IncomingMessage, res: ServerResponse, deps: FileRouteDeps, actor: Uploader, fileId: string): Promise<void> {
  if (!FILE_ID.test(fileId)) return sendError(res, 404, { code: 'NOT_FOUND', message: '没有找到这张照片' });
  if (actor.kind === 'resident') {
    try {
      await assertMayReadMaterialPhoto(deps.store, actor, fileId);
    } catch (err) {
      return sendCaught(res, err);
    }
  }
  const found = await deps.files.get(fileId);
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
