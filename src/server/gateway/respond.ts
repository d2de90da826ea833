import type { ServerResponse } from 'node:http';
import type { ErrorBody } from '../core/errors';
import { toJsonBytes } from '../core/json-cache';

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** API answers are data, never a page: nothing may run in them, nothing may cache them. */
const API_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json; charset=utf-8',
};

/**
 * Writes `body` as JSON with `status` and the API headers.
 *
 * @example
 * sendJson(res, 200, { ok: true, data: { kind: 'resident' } });
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, extra?: Record<string, string>): void {
  const bytes = toJsonBytes(body);
  const headers = [...API_HEADER_LIST, 'Content-Length', String(bytes.length)];
  if (extra) for (const name in extra) headers.push(name, extra[name]);
  res.writeHead(status, headers);
  res.end(bytes);
}

/** The API headers as the flat [name, value, …] list that writeHead takes fastest. */
const API_HEADER_LIST: readonly string[] = Object.entries(API_HEADERS).flat();

/**
 * Writes the structured error `{ ok: false, error }` — the same shape a function returns —
 * with an HTTP status. Never a stack trace.
 *
 * @example
 * sendError(res, 404, { code: 'NOT_FOUND', message: '没有这个功能' });
 */
export function sendError(res: ServerResponse, status: number, error: ErrorBody, extra?: Record<string, string>): void {
  sendJson(res, status, { ok: false, error }, extra);
}
