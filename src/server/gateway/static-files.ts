import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the files an H5 build holds. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};

/**
 * The content type of a file name (octet-stream when unknown).
 * @example contentTypeOf('app.3f9a1c2b.js') // 'text/javascript; charset=utf-8'
 */
export const contentTypeOf = (name: string): string => TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';

/** One file read from disk, with what its headers need. */
export interface ReadFile {
  body: Buffer;
  etag: string;
  mtimeMs: number;
}

/**
 * The absolute path of `pathname` inside `dir`, or null when it would leave `dir` (`..`) or is
 * not decodable.
 * @example insideDir('/srv/h5', '/js/app.js') // '/srv/h5/js/app.js'
 */
export function insideDir(dir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const abs = normalize(join(dir, decoded));
  return abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? abs : null;
}

/**
 * Reads a regular file as it is on disk now, or null when it is missing, a directory, or
 * vanishes while being read (a rebuild replacing dist/h5): never throws for that.
 * @example await readNow('/srv/h5/index.html') // { body, etag: 'W/"1025-…"', mtimeMs } | null
 */
export async function readNow(abs: string): Promise<ReadFile | null> {
  try {
    const s = await stat(abs);
    if (!s.isFile()) return null;
    const body = await readFile(abs);
    return { body, etag: `W/"${body.length}-${Math.trunc(s.mtimeMs)}"`, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}
