import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './respond';

/** A file name carrying a content hash (`app.3f9a1c2b.js`): safe to cache for a year. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void;

/**
 * Serves the H5 build as a single-page app: unknown routes fall back to index.html,
 * hashed assets are cached for a year, everything else is revalidated every time. Returns null
 * when `dir` has no index.html (H5 not built).
 *
 * @example
 * const serve = staticSite('dist/h5');
 */
export function staticSite(dir: string): StaticHandler | null {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': appPolicy(readFileSync(index, 'utf8')) };
  const serve = sirv(dir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req, res, notFound) => {
    for (const name in headers) res.setHeader(name, headers[name as keyof typeof headers]);
    serve(req, res, notFound);
  };
}

/**
 * The page's Content-Security-Policy: only this origin, plus the exact inline scripts that
 * index.html carries (by hash). Styles may be inline (the component library injects them).
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
    "connect-src 'self'",
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
