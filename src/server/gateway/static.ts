import { createHash } from 'node:crypto';
import { withFirstPaint } from './first-paint';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS, sendError } from './respond';
import { contentTypeOf, insideDir, readNow, type ReadFile } from './static-files';
import { compress, isCompressible, pickEncoding, SUFFIX, type Encoding } from './encoding';

/** A file name carrying a content hash (`app.3f9a1c2b.js`): safe to cache for a year. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;
/** A path whose last segment has an extension is an asset; anything else is a page route. */
const ASSET = /\/[^/]*\.[A-Za-z0-9]+$/;

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void;

export interface StaticOptions {
  /** The HTML placed before the app's mount point in every index.html answer (the first paint). */
  firstPaint?: () => Promise<string>;
}

/**
 * Serves the H5 build as a single-page app, reading the disk on every request so a rebuild shows
 * up without a restart: page routes get index.html as it is now (with a CSP made from it), hashed
 * assets are cached for a year, everything else is revalidated (ETag). A missing asset is a
 * structured 404; a missing index.html (H5 not built, or a rebuild under way) a structured 503 —
 * never a crash.
 *
 * @example
 * const serve = staticSite('dist/h5');
 */
export function staticSite(dir: string, options: StaticOptions = {}): StaticHandler {
  const root = resolve(dir);
  return (req, res, notFound) => {
    void serveOne(root, req, res, notFound, options).catch(() => {
      if (!res.headersSent) sendError(res, 503, unavailable, { 'Retry-After': '5' });
      else res.destroy();
    });
  };
}

const unavailable = { code: 'INTERNAL' as const, message: '网页版暂时打不开（可能正在更新），请稍后刷新；急事请拨打 0791-83280001' };

async function serveOne(root: string, req: IncomingMessage, res: ServerResponse, notFound: () => void, options: StaticOptions): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  if (pathname.includes('/.')) return notFound();
  const asset = ASSET.test(pathname) && !pathname.endsWith('/index.html');
  const abs = insideDir(root, asset ? pathname : '/index.html');
  let file = abs ? await readNow(abs) : null;
  if (!file) {
    if (asset) return notFound();
    return sendError(res, 503, unavailable, { 'Retry-After': '5' });
  }
  const name = asset ? pathname : 'index.html';
  const accepted = isCompressible(name) ? pickEncoding(req.headers['accept-encoding']) : null;
  let encoding: Encoding | null = null;
  let html = '';
  if (!asset) {
    const page = await pageWithFirstPaint(file, options);
    html = page.html;
    file = page;
    if (accepted) {
      file = { ...file, body: compress(file.body, accepted), etag: file.etag.replace(/"$/, `-${accepted}"`) };
      encoding = accepted;
    }
  } else if (accepted && abs) {
    const copy = await precompressed(abs, file, accepted);
    if (copy) {
      file = copy;
      encoding = accepted;
    }
  }
  for (const header in SECURITY_HEADERS) res.setHeader(header, SECURITY_HEADERS[header]);
  if (!asset) res.setHeader('Content-Security-Policy', appPolicy(html));
  if (isCompressible(name)) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Cache-Control', asset && HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('ETag', file.etag);
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(name), 'Content-Length': file.body.length });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/**
 * index.html as sent: with the first-paint block (station name, open/closed line, today's hours,
 * phones) when one is configured; the page's own HTML if rendering it fails. Its ETag follows the
 * content, which changes with the time of day.
 */
async function pageWithFirstPaint(file: ReadFile, options: StaticOptions): Promise<ReadFile & { html: string }> {
  let html = file.body.toString('utf8');
  if (options.firstPaint) {
    try {
      html = withFirstPaint(html, await options.firstPaint());
    } catch (err) {
      console.error('[gateway] first paint failed', err);
    }
  }
  const body = Buffer.from(html);
  return { ...file, body, html, etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` };
}

/** The build-time compressed copy (`app.js.br`), when it exists and is as new as the file itself. */
async function precompressed(abs: string, file: ReadFile, encoding: Encoding): Promise<ReadFile | null> {
  const copy = await readNow(abs + SUFFIX[encoding]);
  if (!copy || copy.mtimeMs + 1 < file.mtimeMs) return null;
  return { ...copy, etag: file.etag.replace(/"$/, `-${encoding}"`) };
}

/**
 * The page's Content-Security-Policy: only this origin, plus the exact inline scripts that
 * index.html carries (by hash). Styles may be inline (the component library injects them).
 * `connect-src blob:`: a chosen photo is read back from its blob: URL (made by this page, so
 * nothing leaves) before `POST /api/files` — without it no H5 photo upload ever left the page.
 *
 * @example
 * appPolicy('<script>var a=1</script>') // "default-src 'self'; script-src 'self' 'sha256-…'; …"
 */
export function appPolicy(indexHtml: string): string {
  const hashes = inlineScripts(indexHtml).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1]) && m[2].trim() !== '') found.push(m[2]);
  }
  return found;
}
