/**
 * Cloud storage as `@cloudbase/node-sdk` 3.18 uses it (read from src/storage/index.ts), at
 * Tencent's HTTP edge only:
 * - `storage.getUploadMetadata` { path, method: 'put' } → `data` { url, token, authorization,
 *   fileId, cosFileId }; the SDK then PUTs the bytes to `url` (COS) with headers `authorization`,
 *   `x-cos-security-token`, `x-cos-meta-fileid`; COS answers an empty body, or an XML `<Error>`;
 * - `storage.batchGetDownloadUrl` { file_list: [{ fileid, max_age }] } → `data.download_list`
 *   [{ code: 'SUCCESS' | 'STORAGE_FILE_NONEXIST', fileID, tempFileURL }]; a GET of the URL answers
 *   the bytes until `max_age` seconds have passed (real time: it is the network's clock);
 *   `downloadFile` is the same two steps;
 * - `storage.batchDeleteFile` { fileid_list } → `data.delete_list` [{ code, fileID }].
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DoubleError } from './engine';

type Params = Record<string, unknown>;

export interface DoubleStorage {
  /** Stored objects by path. */
  files: Map<string, Buffer>;
  /** Temporary URLs handed out, with their expiry (epoch ms). */
  tempUrls: Array<{ fileID: string; url: string; expiresAt: number }>;
  actions: Record<string, (p: Params) => Record<string, unknown>>;
  /** Serves `/cos/…`: PUT (upload with the issued authorization) and GET (a signed temporary URL). */
  handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): boolean;
}

const KEY = randomBytes(16);
const sign = (path: string, t: number) => createHmac('sha256', KEY).update(`${path}|${t}`).digest('hex');
const cosError = (code: string, message: string) => `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>cos-double</RequestId><TraceId>cos-double</TraceId></Error>`;

/** @example const storage = createDoubleStorage('test-env', () => `http://127.0.0.1:${port}`) */
export function createDoubleStorage(env: string, base: () => string): DoubleStorage {
  const bucket = `${env}-1250000000`;
  const prefix = `cloud://${env}.${bucket}/`;
  const files = new Map<string, Buffer>();
  const uploads = new Map<string, string>();
  const tempUrls: DoubleStorage['tempUrls'] = [];
  const pathOf = (fileId: unknown) => (typeof fileId === 'string' && fileId.startsWith(prefix) ? fileId.slice(prefix.length) : null);

  const actions: DoubleStorage['actions'] = {
    'storage.getUploadMetadata'(p) {
      if (typeof p.path !== 'string' || !p.path || p.path.startsWith('/')) throw new DoubleError('INVALID_PARAM', 'path is required');
      const authorization = `q-sign-algorithm=sha1&q-signature=${randomBytes(8).toString('hex')}`;
      uploads.set(p.path, authorization);
      return { data: { url: `${base()}/cos/${encodeURI(p.path)}`, token: 'double-token', authorization, fileId: `${prefix}${p.path}`, cosFileId: `cos-${randomBytes(4).toString('hex')}` } };
    },
    'storage.batchGetDownloadUrl'(p) {
      if (!Array.isArray(p.file_list)) throw new DoubleError('INVALID_PARAM', 'file_list is required');
      const download_list = (p.file_list as Array<{ fileid: string; max_age?: number }>).map(({ fileid, max_age }) => {
        const path = pathOf(fileid);
        if (!path || !files.has(path)) return { code: 'STORAGE_FILE_NONEXIST', fileID: fileid, tempFileURL: '' };
        const t = Math.floor(Date.now() / 1000) + (max_age ?? 86400);
        const url = `${base()}/cos/${encodeURI(path)}?sign=${sign(path, t)}&t=${t}`;
        tempUrls.push({ fileID: fileid, url, expiresAt: t * 1000 });
        return { code: 'SUCCESS', fileID: fileid, tempFileURL: url };
      });
      return { data: { download_list } };
    },
    'storage.batchDeleteFile'(p) {
      if (!Array.isArray(p.fileid_list)) throw new DoubleError('INVALID_PARAM', 'fileid_list is required');
      const delete_list = (p.fileid_list as string[]).map((fileID) => {
        const path = pathOf(fileID);
        return { fileID, code: path && files.delete(path) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
      });
      return { data: { delete_list } };
    },
  };

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://double');
    if (!url.pathname.startsWith('/cos/')) return false;
    const path = decodeURI(url.pathname.slice('/cos/'.length));
    if (req.method === 'PUT') {
      const ok = uploads.get(path) === req.headers.authorization && req.headers['x-cos-security-token'] === 'double-token' && !!req.headers['x-cos-meta-fileid'];
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/xml' });
      if (ok) files.set(path, raw);
      res.end(ok ? '' : cosError('AccessDenied', 'Access Denied.'));
      return true;
    }
    const t = Number(url.searchParams.get('t'));
    const valid = req.method === 'GET' && url.searchParams.get('sign') === sign(path, t) && t * 1000 > Date.now();
    const bytes = files.get(path);
    if (!valid || !bytes) {
      res.writeHead(valid ? 404 : 403, { 'content-type': 'application/xml' });
      res.end(valid ? cosError('NoSuchKey', 'The specified key does not exist.') : cosError('AccessDenied', 'Request has expired or its signature does not match'));
      return true;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
    res.end(bytes);
    return true;
  }

  return { files, tempUrls, actions, handle };
}
