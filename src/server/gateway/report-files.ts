import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, httpStatusOf, toErrorBody } from '../core/errors';
import { resolveActor } from '../core/actor';
import type { PlatformIdentity } from '../ports/identity';
import type { Store } from '../ports/store';
import { REPORT_FILES_PATH, takeFile } from '../reports/files';
import { SECURITY_HEADERS, sendError } from './respond';

interface ReportFileDeps {
  store: Store;
  identify(req: IncomingMessage): PlatformIdentity | null;
  now(): number;
}

/**
 * `GET /api/report-files/<id>` with the caller's own `Authorization: Bearer …` → the generated
 * report (issue 14), for the staff member who made it only, until it expires; each download is
 * logged. Answers `false` when the path is not a report-file path.
 *
 * @example const handled = await reportFileRoutes(deps)(req, res, '/api/report-files/rf_…');
 */
export function reportFileRoutes(deps: ReportFileDeps) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (!path.startsWith(REPORT_FILES_PATH + '/')) return false;
    req.resume();
    if (req.method !== 'GET') {
      sendError(res, 405, { code: 'NOT_FOUND', message: '请用 GET 方式下载' }, { Allow: 'GET' });
      return true;
    }
    const identity = deps.identify(req);
    const actor = identity ? await resolveActor(deps.store, identity) : null;
    if (!actor || actor.kind === 'anonymous') {
      sendError(res, 401, { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
      return true;
    }
    try {
      if (actor.kind !== 'staff') throw new AppError('NOT_FOUND', '文件已过期或不存在，请重新生成');
      const file = await takeFile(deps.store, path.slice(REPORT_FILES_PATH.length + 1), { staffId: actor.staffId, name: actor.name }, deps.now());
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.mime,
        'Content-Length': file.bytes.length,
        'Content-Disposition': `attachment; filename="report"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'Cache-Control': 'private, no-store',
      });
      res.end(file.bytes);
    } catch (err) {
      const error = toErrorBody(err);
      sendError(res, httpStatusOf[error.code] ?? 500, error);
    }
    return true;
  };
}
