#!/usr/bin/env node
// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every text file of a
// build (default dist/h5), so the gateway sends compressed bytes without compressing per request.
// Runs after `taro build --type h5` in `npm run build:h5`, scripts/test.mjs, start.mjs and bench.
//   node scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|css|html|json|svg|txt)$/i;
/** Smaller than this, compression saves less than its headers cost. */
const MIN_BYTES = 256;

const dir = resolve(process.argv[2] ?? 'dist/h5');
let files = 0;
let raw = 0;
let br = 0;
for (const path of walk(dir)) {
  if (!COMPRESSIBLE.test(path)) continue;
  const body = readFileSync(path);
  if (body.length < MIN_BYTES) continue;
  const { mtime } = statSync(path);
  const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const g = gzipSync(body, { level: 9 });
  for (const [suffix, bytes] of [['.br', b], ['.gz', g]]) {
    writeFileSync(path + suffix, bytes);
    utimesSync(path + suffix, mtime, mtime); // same age as its source: the gateway serves it only then
  }
  files++;
  raw += body.length;
  br += b.length;
}
console.log(`precompress: ${files} files in ${dir}, ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`);

function* walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (!/\.(br|gz)$/.test(e.name)) yield p;
  }
}
