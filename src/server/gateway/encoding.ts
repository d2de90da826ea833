import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Text files worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map)$/i;

/**
 * Whether a file name is sent compressed when the browser accepts it (and so varies by Accept-Encoding).
 * @example isCompressible('/js/app.1a2b3c4d.js') // true
 */
export const isCompressible = (name: string): boolean => COMPRESSIBLE.test(name);

/**
 * The best encoding the browser accepts: brotli, else gzip, else none (`q=0` refuses one).
 * @example pickEncoding('gzip, deflate, br') // 'br'
 * @example pickEncoding('gzip;q=1, br;q=0') // 'gzip'
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/**
 * Compresses a small dynamic body (index.html with its first-paint block) as it is sent.
 * Brotli at quality 5: a few KB take well under a millisecond.
 * @example compress(Buffer.from(html), 'br')
 */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

/** The file suffix of a precompressed copy written at build time (scripts/precompress.mjs). */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
