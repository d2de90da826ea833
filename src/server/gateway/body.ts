import type { IncomingMessage } from 'node:http';

/** Outcome of reading a request body with a size limit. */
export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Outcome of reading a request body as bytes with a size limit. */
export type BytesRead = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large' };

/**
 * Reads the whole body as UTF-8; a body over `limit` bytes (declared Content-Length or bytes
 * actually received) is read to its end and discarded, and answers `too-large`.
 *
 * @example
 * const body = await readBody(req, 64 * 1024);
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const read = await readBytes(req, limit);
  return read.kind === 'ok' ? { kind: 'ok', text: read.bytes.toString('utf8') } : read;
}

/**
 * Past the limit, this much more is still read and thrown away so the client, which is still
 * sending, can read the 413 answer (a response sent mid-upload resets the connection and fetch()
 * sees a network error instead); beyond it the connection is dropped.
 */
export const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the whole body as bytes (e.g. an uploaded photo) with the same limit rules as
 * {@link readBody}. An oversized body (declared or received) is read to its end and discarded
 * before `too-large` is answered, up to {@link DRAIN_LIMIT}.
 *
 * @example
 * const body = await readBytes(req, MAX_FILE_BYTES);
 */
export function readBytes(req: IncomingMessage, limit: number, drainLimit = DRAIN_LIMIT): Promise<BytesRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    let settled = false;
    const settle = (read: BytesRead) => {
      if (settled) return;
      settled = true;
      resolve(read);
    };
    if (over && declared > limit + drainLimit) return settle({ kind: 'too-large' });
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!over && size > limit) {
        over = true;
        chunks.length = 0;
      }
      if (!over) chunks.push(chunk);
      else if (size > limit + drainLimit) settle({ kind: 'too-large' });
    });
    req.on('end', () => settle(over ? { kind: 'too-large' } : { kind: 'ok', bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) }));
    req.on('error', (err) => (settled ? undefined : reject(err)));
  });
}

/**
 * Parses a JSON object body; anything else (invalid JSON, arrays, primitives) → null.
 *
 * @example
 * parseObject('{"action":"me"}') // { action: 'me' }
 * parseObject('[1]') // null
 */
export function parseObject(text: string): Record<string, unknown> | null {
  if (text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
