import Taro from '@tarojs/taro';
import { getToken } from './session';
import type { FnEvent } from './types';

/** Thrown when a call did not get a usable answer (no network, timeout, no gateway). */
export class TransportError extends Error {}

let cloudReady = false;

/** Initialises CloudBase in the mini-program once (function calls and file uploads share it). */
export function ensureCloud(): void {
  if (!cloudReady) {
    Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
    cloudReady = true;
  }
}

/** Calls a CloudBase function from the mini-program; `init` runs once. */
async function viaCloud(name: string, event: FnEvent): Promise<unknown> {
  ensureCloud();
  const res = await Taro.cloud.callFunction({ name, data: event });
  return (res as { result?: unknown }).result;
}

/** POSTs JSON to the local gateway (H5); anything that is not a JSON answer is a transport failure. */
export async function postJson(path: string, body: unknown): Promise<unknown> {
  const token = getToken();
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', body: JSON.stringify(body), headers });
  } catch (err) {
    throw new TransportError(String(err));
  }
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new TransportError(`HTTP ${res.status} without JSON`);
  return res.json();
}

/**
 * Sends one event to one function on the current platform and gives back its raw answer.
 * weapp → `Taro.cloud.callFunction`; H5 → `POST /api/fn/<name>` with the session token.
 * @example await send('info', { action: 'overview' })
 */
export async function send(name: string, event: FnEvent): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') return viaCloud(name, event);
  return postJson('/api/fn/' + name, event);
}
