import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { fixedClock } from '../../../src/server/ports/clock';
import type { Runtime } from '../../../src/server/core/define';
import type { SubscribeSender } from '../../../src/server/ports/sender';
import { createGateway, type GatewayOptions } from '../../../src/server/gateway';

/** 2025-10-09 10:00 Beijing: a working Thursday morning. */
export const NOW = Date.parse('2025-10-09T10:00:00+08:00');
export const SECRET = 'test-secret-of-at-least-32-characters!!';

/** No WeChat in tests: every message goes nowhere, as on the embedded runtime. */
export const noWechat: SubscribeSender = { send: async () => ({ sent: false, retryable: false, reason: 'no-wechat' }) };

/** An in-memory runtime with one staff member holding the staff role. */
export async function memoryRuntime(clockMs = NOW): Promise<Runtime> {
  const store = openSqliteStore({ file: ':memory:' });
  await store.put('staff', { _id: 'staff-1', openid: 'demo-staff', name: '李窗口', roles: ['staff'], active: true, order: 1 });
  return { store, clock: fixedClock(clockMs), sender: noWechat, templates: {} };
}

export interface Running {
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/** Starts a gateway on a free loopback port. */
export async function startGateway(overrides: Partial<GatewayOptions> & Pick<GatewayOptions, 'functions'>): Promise<Running> {
  const runtime = overrides.runtime ?? (await memoryRuntime());
  const server: Server = createGateway({ production: false, sessionSecret: SECRET, ...overrides, runtime });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await runtime.store.close();
    },
  };
}

/** POSTs JSON (or a raw string) and returns status, headers and the parsed body. */
export async function post(url: string, body: unknown, token?: string | null, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

/** Signs in through the dev endpoint and returns the token. */
export async function signIn(url: string, openid: string): Promise<string> {
  const r = await post(`${url}/api/dev/sign-in`, { openid });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.text}`);
  return r.json.token;
}
