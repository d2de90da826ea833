/**
 * A local stand-in for CloudBase's HTTP API, so the real `@cloudbase/node-sdk` can run the
 * store contract without Tencent Cloud. It listens on 127.0.0.1 (random port), accepts what the
 * SDK sends (`POST /admin?env=…&seqId=…`, JSON body `{ action, envName, … }`, a TC3 signature),
 * keeps documents in memory (queries evaluated by mingo, EJSON by bson) and answers
 * `{ requestId, … }` or `{ code, message, requestId }` — always with HTTP 200, as the SDK
 * clears its 3-second slow-request timer only on a response.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EJSON } from 'bson';
import { actions } from './actions';
import { createEngine, DoubleError, type Json } from './engine';
import { decodeOpenApiRequest, encodeOpenApiResponse, parseMultipart } from './wx-openapi';
import { createDoubleStorage, type DoubleStorage } from './storage';

export interface CloudbaseDouble {
  /** The value for `tcb.init({ serviceUrl })`. */
  serviceUrl: string;
  env: string;
  /**
   * Options for `tcb.init(d.sdk)` (wx-server-sdk's `cloud.init` too): this double's address and
   * dummy keys, and a long request timeout — the double answers from the test's own event loop,
   * which on a loaded CI machine can keep a request past the SDK's 15 s default; the timeout is a
   * property of the network, not of what the tests check.
   */
  sdk: { env: string; serviceUrl: string; secretId: string; secretKey: string; timeout: number };
  /** Actions received, in order (e.g. to check that a find went out as one getDocument). */
  requests: Array<{ action: string; transactionId?: string }>;
  /** Loads documents directly (no HTTP), for large fixtures. */
  seed(collection: string, docs: Json[]): void;
  /** Error answers by code, e.g. how many DATABASE_TRANSACTION_CONFLICT a race produced. */
  errors: Record<string, number>;
  /** Live transactions (started, neither committed nor rolled back, not aborted). */
  activeTransactions(): number;
  /** WeChat cloud calls received (`wx.openApi`, as wx-server-sdk sends them), decoded. */
  openApiCalls: Array<{ apiName: string; apiType: number; data: Record<string, unknown> }>;
  /**
   * WeChat's next answers to cloud calls (default `{ errcode: 0, errmsg: 'ok' }`), an image
   * `{ contentType: 'image/png', bytes }` (what `wxacode.getUnlimited` answers), or a CloudBase
   * error `{ code, message }`.
   */
  openApiAnswers: Array<Record<string, unknown>>;
  /** Cloud storage (issue 14): stored objects by path, the temporary URLs handed out. */
  storage: Pick<DoubleStorage, 'files' | 'tempUrls'>;
  close(): Promise<void>;
}

export interface DoubleOptions {
  env?: string;
  /** When given, only these collections exist; others answer DATABASE_COLLECTION_NOT_EXIST. */
  collections?: string[];
}

let requestSeq = 0;

/**
 * Environment variables that make the SDK behave as inside a cloud function (as in production):
 * without them it probes metadata.tencentyun.com twice per request (30 ms timeouts that also keep
 * the process alive for seconds); with them it sends plain HTTP, no keep-alive.
 *
 * @example
 * Object.assign(process.env, cloudFunctionEnv(double));
 */
export function cloudFunctionEnv(double: Pick<CloudbaseDouble, 'env'>): Record<string, string> {
  return { TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_REGION: 'ap-shanghai', SCF_NAMESPACE: double.env };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The request's parameters: a JSON body (database actions), or multipart fields (wx-server-sdk's `wx.openApi`). */
function paramsOf(req: IncomingMessage, raw: Buffer): Record<string, unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('multipart/form-data')) return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  const parts = parseMultipart(raw, type);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parts)) params[name] = name === 'requestData' ? value : value.toString('utf8');
  return params;
}

function check(req: IncomingMessage, body: Record<string, unknown>, env: string): void {
  const url = new URL(req.url ?? '/', 'http://double');
  if (req.method !== 'POST' || url.pathname !== '/admin') throw new DoubleError('INVALID_REQUEST', `unexpected ${req.method} ${url.pathname}`);
  if (!String(req.headers.authorization ?? '').startsWith('TC3-HMAC-SHA256 Credential=')) {
    throw new DoubleError('SIGN_PARAM_INVALID', 'missing TC3 signature');
  }
  if (url.searchParams.get('env') !== env || body.envName !== env) throw new DoubleError('INVALID_ENV', `env must be ${env}`);
}

/**
 * Starts the double. Point the SDK at it with `tcb.init(d.sdk)`.
 *
 * @example
 * const d = await startCloudbaseDouble({ collections: Object.keys(collections) });
 * const app = tcb.init(d.sdk);
 * await d.close();
 */
/** See {@link CloudbaseDouble.sdk}. */
const DOUBLE_SDK_TIMEOUT_MS = 120_000;

export async function startCloudbaseDouble(options: DoubleOptions = {}): Promise<CloudbaseDouble> {
  const env = options.env ?? 'test-env';
  const engine = createEngine(options.collections);
  const requests: CloudbaseDouble['requests'] = [];
  const errors: Record<string, number> = {};
  const openApiCalls: CloudbaseDouble['openApiCalls'] = [];
  const openApiAnswers: CloudbaseDouble['openApiAnswers'] = [];
  let port = 0;
  const storage = createDoubleStorage(env, () => `http://127.0.0.1:${port}`);

  /** `wx.openApi`: decodes the protobuf request, answers WeChat's JSON wrapped in a protobuf response. */
  function openApi(body: Record<string, unknown>): Buffer | Record<string, unknown> {
    if (!Buffer.isBuffer(body.requestData)) throw new DoubleError('INVALID_PARAM', 'wx.openApi needs requestData as protobuf bytes');
    const { apiType, data } = decodeOpenApiRequest(body.requestData);
    openApiCalls.push({ apiName: String(body.apiName), apiType, data });
    const answer = openApiAnswers.shift() ?? { errcode: 0, errmsg: 'ok' };
    if ('code' in answer) return answer;
    return encodeOpenApiResponse(answer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requestSeq += 1;
    const requestId = `double-${requestSeq}`;
    let answer: Record<string, unknown>;
    try {
      const raw = await readBody(req);
      if (storage.handle(req, res, raw)) return;
      const body = paramsOf(req, raw);
      check(req, body, env);
      const action = String(body.action);
      requests.push({ action, transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined });
      if (action === 'wx.openApi') {
        const out = openApi(body);
        if (Buffer.isBuffer(out)) {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          res.end(out);
          return;
        }
        throw new DoubleError(String(out.code), String(out.message));
      }
      const handler = actions[action] ?? (storage.actions[action] ? (_: unknown, p: Record<string, unknown>) => storage.actions[action](p) : undefined);
      if (!handler) throw new DoubleError('INVALID_ACTION', `action ${action} is not supported by the double`);
      answer = { requestId, ...handler(engine, body) };
    } catch (err) {
      const e = err instanceof DoubleError ? err : new DoubleError('SYS_ERR', (err as Error).message);
      errors[e.code] = (errors[e.code] ?? 0) + 1;
      answer = { requestId, code: e.code, message: e.message };
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer));
  }

  // Node's server drops a connection whose request is not read within 60 s (headersTimeout) with
  // a reset; a loaded test process can queue requests that long, so the double waits as long as
  // the SDK does (DOUBLE_SDK_TIMEOUT_MS) and then some.
  const server = createServer({ requestTimeout: DOUBLE_SDK_TIMEOUT_MS + 60_000, headersTimeout: DOUBLE_SDK_TIMEOUT_MS + 60_000 }, (req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  ({ port } = server.address() as AddressInfo);
  return {
    serviceUrl: `http://127.0.0.1:${port}/admin`,
    env,
    sdk: { env, serviceUrl: `http://127.0.0.1:${port}/admin`, secretId: 'dummy', secretKey: 'dummy', timeout: DOUBLE_SDK_TIMEOUT_MS },
    requests,
    errors,
    openApiCalls,
    openApiAnswers,
    storage: { files: storage.files, tempUrls: storage.tempUrls },
    seed(collection, docs) {
      for (const d of docs) engine.write(collection, String(d._id), EJSON.parse(EJSON.stringify(d)) as Json);
    },
    activeTransactions: () => engine.activeTransactions(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
