import type { IncomingMessage } from 'node:http';

/** Outcome of reading a request body with a size limit. */
export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Outcome of reading a request body as bytes with a size limit. */
export type BytesRead = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large' };

/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit` bytes (declared
 * Content-Length or bytes actually received); the rest of an oversized body is discarded.
 *
 * @example
 * const body = await readBody(req, 64 * 1024);
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const read = await readBytes(req, limit);
  return read.kind === 'ok' ? { kind: 'ok', text: read.bytes.toString('utf8') } : read;
}

/**
 * Reads the whole body as bytes (e.g. an uploaded photo) with the same limit rules as
 * {@link readBody}.
 *
 * @example
 * const body = await readBytes(req, MAX_FILE_BYTES);
 */
export function readBytes(req: IncomingMessage, limit: number): Promise<BytesRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      resolve({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve({ kind: 'ok', bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
    });
    req.on('error', reject);
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
