import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { httpStatusOf } from '../core/errors';
import { invoke, MAX_EVENT_BYTES } from '../core/invoke';
import type { FunctionDef, Runtime } from '../core/define';
import type { PlatformIdentity } from '../ports/identity';
import { parseObject, readBody } from './body';
import { sendError, sendJson } from './respond';
import { signSession, verifySession } from './session';
import { staticSite } from './static';
import { firstPaintNow } from './first-paint-now';
import { fileRoutes } from './files';
import { reportFileRoutes } from './report-files';
import type { FileStore } from '../ports/files';

export interface GatewayOptions {
  runtime: Runtime;
  functions: readonly FunctionDef[];
  /** The H5 build (dist/h5); omitted or unbuilt → only the API is served. */
  staticDir?: string;
  /**
   * In production there is no dev sign-in, and sessions are verified with the production key
   * against the wall clock: no token the dev sign-in minted (whatever `STATION_NOW` said) passes.
   */
  production: boolean;
  /** The real clock production checks expiry against; `Date.now` unless a test fixes it. */
  wallClock?: () => number;
  sessionSecret: string;
  /** Extra facts for /healthz, e.g. `{ store: 'sqlite' }`. */
  health?: Record<string, unknown>;
  /** Where request lines go (refused, failed and slow calls); omit to stay quiet (tests). */
  log?: (line: string) => void;
  /** Log every API call, not only the ones worth a look (LOG_REQUESTS=1). */
  logAll?: boolean;
  /** Letter photos (`POST /api/files`, `GET /api/files/<id>`); omitted → those paths answer 404. */
  files?: FileStore;
}

const FN_PREFIX = '/api/fn/';
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The local HTTP gateway: the same function handlers the cloud runs, over plain node:http.
 * `POST /api/fn/<name>` (event as JSON, `Authorization: Bearer <token>`), `POST /api/dev/sign-in`
 * (not in production), `GET /healthz`, letter photos (`/api/files`, when `files` is given), and the H5 build.
 *
 * @example
 * createGateway({ runtime, functions, production: false, sessionSecret }).listen(3000);
 */
export function createGateway(options: GatewayOptions): Server {
  const byName = new Map(options.functions.map((fn) => [fn.name, fn]));
  const serveStatic = options.staticDir ? staticSite(options.staticDir, { firstPaint: () => firstPaintNow(runtime) }) : null;
  const health = { ok: true, store: 'sqlite', ...options.health, functions: [...byName.keys()] };
  const { runtime, sessionSecret, log } = options;
  const sessionMode = options.production ? 'production' : 'dev';
  const wallClock = options.wallClock ?? Date.now;
  const verifyNow = options.production ? wallClock : () => runtime.clock.now();
  const serveReportFiles = reportFileRoutes({ store: runtime.store, identify: (req) => identify(req), now: () => runtime.clock.now() }); // issue 14
  const serveFiles = options.files ? fileRoutes({ files: options.files, store: runtime.store, identify: (req) => identify(req), now: () => runtime.clock.now() }) : null;

  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const fn = byName.get(name);
    if (!fn) return sendError(res, 404, { code: 'NOT_FOUND', message: '没有这个功能' });
    const identity = identify(req);
    if (!identity) return sendError(res, 401, { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
    const event = await readEvent(req, res);
    if (!event) return;
    const result = await invoke(fn, event, identity, runtime);
    sendJson(res, result.ok ? 200 : httpStatusOf[result.error.code] ?? 500, result);
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readEvent(req, res);
    if (!body) return;
    if (typeof body.openid !== 'string' || !OPENID.test(body.openid)) {
      return sendError(res, 400, { code: 'VALIDATION', message: '「openid」格式不对（1–64 位字母、数字、- 或 _）', field: 'openid' });
    }
    sendJson(res, 200, signSession(sessionSecret, body.openid, runtime.clock.now()));
  }

  /** Anonymous without a header, the signed openid with a valid token, null when the token is bad. */
  function identify(req: IncomingMessage): PlatformIdentity | null {
    const header = req.headers.authorization;
    if (!header) return { openid: null };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const openid = match ? verifySession(sessionSecret, match[1], verifyNow(), sessionMode) : null;
    return openid ? { openid } : null;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (path.startsWith(FN_PREFIX)) {
      if (req.method !== 'POST') return methodNotAllowed(res);
      return callFunction(req, res, path.slice(FN_PREFIX.length));
    }
    if (serveFiles && (await serveFiles(req, res, path))) return;
    if (await serveReportFiles(req, res, path)) return;
    if (path === '/api/dev/sign-in' && !options.production) {
      if (req.method !== 'POST') return methodNotAllowed(res);
      return signIn(req, res);
    }
    if (path === '/healthz') return sendJson(res, 200, { ...health, serverNow: runtime.clock.now() });
    if (serveStatic && !path.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveStatic(req, res, () => notFound(res));
    }
    if (options.staticDir && !serveStatic && !path.startsWith('/api/')) {
      return sendError(res, 404, { code: 'NOT_FOUND', message: '网页版还没有构建：请先运行 npm run build:h5' });
    }
    notFound(res);
  }

  const server = createServer((req, res) => {
    const started = log ? performance.now() : 0;
    route(req, res)
      .catch((err: unknown) => {
        console.error('[gateway]', err);
        if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: '系统繁忙，请稍后再试；急事请拨打 0791-83280001' });
        else res.destroy();
      })
      .then(() => {
        if (log) logLine(log, req, res, started, options.logAll ?? false);
      });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  return server;
}

/** Reads a JSON-object body or answers 413/400 itself and returns null. */
async function readEvent(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | null> {
  const body = await readBody(req, MAX_EVENT_BYTES);
  if (body.kind === 'too-large') {
    sendError(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大了，请删减后再试' }, { Connection: 'close' });
    return null;
  }
  const event = parseObject(body.text);
  if (!event) sendError(res, 400, { code: 'VALIDATION', message: '请求内容应当是一个 JSON 对象' });
  return event;
}

function notFound(res: ServerResponse): void {
  sendError(res, 404, { code: 'NOT_FOUND', message: '没有找到这个地址' });
}

function methodNotAllowed(res: ServerResponse): void {
  sendError(res, 405, { code: 'NOT_FOUND', message: '请用 POST 方式调用' }, { Allow: 'POST' });
}

/** Slower than this, a request is logged even when it succeeded. */
const SLOW_MS = 1000;

/**
 * One line for a request worth a look: a refused or failed API call, a server error, or a slow
 * answer; every API call when `logAll` (LOG_REQUESTS=1). Quiet otherwise: a console write per
 * request would cost the gateway a large share of its throughput.
 */
function logLine(log: (line: string) => void, req: IncomingMessage, res: ServerResponse, started: number, logAll: boolean): void {
  const path = (req.url ?? '').split('?')[0];
  const ms = performance.now() - started;
  const api = path.startsWith('/api/');
  const worth = res.statusCode >= 500 || (api && (logAll || res.statusCode >= 400 || ms > SLOW_MS));
  if (worth) log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms`);
}
