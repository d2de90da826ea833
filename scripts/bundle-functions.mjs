#!/usr/bin/env node
// `npm run build:functions`: bundles every cloudfunctions/<name>/index.ts into
// <out>/<name>/index.js (one self-contained CommonJS file for CloudBase's Node.js 18 runtime),
// writes <out>/<name>/config.json (the source config, with the timer trigger checked against the
// function's definition) and a minimal package.json, then prints each bundle's size and cold
// load time.
//
//   node scripts/bundle-functions.mjs [--out dist/functions] [--only info,admin] [--quiet]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = join(root, 'cloudfunctions');
/** CloudBase's Node.js runtime the functions are deployed on (cloudbaserc.json says the same). */
const RUNTIME = 'Nodejs18.15';
const TARGET = 'node18';
/** The native module of the embedded store: a cloud bundle must neither contain nor require it. */
const FORBIDDEN = 'better-sqlite3';

const args = parseArgs(process.argv.slice(2));
const outRoot = resolve(root, args.out ?? 'dist/functions');
const names = listFunctions().filter((n) => !args.only || args.only.includes(n));
if (names.length === 0) fail('no cloudfunctions/<name>/index.ts found');

const result = await build({
  entryPoints: Object.fromEntries(names.map((n) => [`${n}/index`, join(sourceRoot, n, 'index.ts')])),
  outdir: outRoot,
  bundle: true,
  platform: 'node',
  target: TARGET,
  format: 'cjs',
  minify: true,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Optional dependencies of the SDK's HTTP stack that are never loaded on CloudBase.
  external: ['better-sqlite3', 'encoding', 'bufferutil', 'utf-8-validate', 'supports-color'],
  absWorkingDir: root,
});
checkNoForbiddenInputs(result.metafile);

const rows = [];
for (const name of names) {
  const dir = join(outRoot, name);
  const bundle = join(dir, 'index.js');
  const timer = readTimer(bundle);
  const config = configFor(name, timer);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js' }, null, 2) + '\n');
  const code = readFileSync(bundle);
  rows.push({ name, bytes: code.length, gzip: gzipSync(code).length, loadMs: coldLoadMs(bundle), timer: timer?.cron ?? '' });
}
if (!args.quiet) printTable(rows);

/** Folders of cloudfunctions/ that have an index.ts. */
function listFunctions() {
  return readdirSync(sourceRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(sourceRoot, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

/** The function's timer, read from the bundle itself (`main.definition.timer`). */
function readTimer(bundle) {
  const probe = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(bundle)}); if (typeof m.main !== 'function') process.exit(3); process.stdout.write(JSON.stringify(m.main.definition?.timer ?? null)); process.exit(0);`], { encoding: 'utf8' });
  if (probe.status !== 0) fail(`${relative(root, bundle)} does not load or export main:\n${probe.stderr}`);
  return JSON.parse(probe.stdout);
}

/**
 * The deployed config.json: the source config.json, whose `triggers` must agree with the
 * function's timer (one timer trigger, 7-field cron) — a disagreement stops the build.
 */
function configFor(name, timer) {
  const source = JSON.parse(readFileSync(join(sourceRoot, name, 'config.json'), 'utf8'));
  const expected = timer ? [{ name: `${name}Timer`, type: 'timer', config: timer.cron }] : [];
  const actual = source.triggers ?? [];
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`cloudfunctions/${name}/config.json triggers ${JSON.stringify(actual)} disagree with the function's timer; expected ${JSON.stringify(expected)}`);
  }
  if (timer && timer.cron.trim().split(/\s+/).length !== 7) fail(`${name}: timer cron must have 7 fields: ${timer.cron}`);
  return { ...source, triggers: expected };
}

/** Fails when any bundled file requires better-sqlite3 (the cloud entry reached the embedded store). */
function checkNoForbiddenInputs(metafile) {
  const offenders = new Set(
    Object.entries(metafile.inputs)
      .filter(([file, input]) => file.includes(`node_modules/${FORBIDDEN}/`) || input.imports.some((i) => i.path === FORBIDDEN))
      .map(([file]) => file),
  );
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    const bad = Object.keys(meta.inputs).filter((file) => offenders.has(file));
    if (bad.length) fail(`${output} must not include ${bad.join(', ')}: it requires ${FORBIDDEN} (the cloud entry imported the embedded store)`);
  }
}

/** Milliseconds to require the bundle in a fresh Node process (the cold-start cost of loading). */
function coldLoadMs(bundle) {
  const r = spawnSync(process.execPath, ['-e', `const t = process.hrtime.bigint(); require(${JSON.stringify(bundle)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6)); process.exit(0);`], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout) : NaN;
}

function printTable(list) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`cloud functions → ${relative(root, outRoot) || '.'} (${RUNTIME}, ${TARGET}, cjs)`);
  console.log(`  ${'name'.padEnd(12)}${'size'.padStart(10)}${'gzip'.padStart(10)}${'load'.padStart(10)}  timer`);
  for (const r of list) {
    console.log(`  ${r.name.padEnd(12)}${kb(r.bytes)}${kb(r.gzip)}${`${r.loadMs.toFixed(0)} ms`.padStart(10)}  ${r.timer}`);
  }
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out.out = argv[++i];
    else if (argv[i] === '--only') out.only = argv[++i].split(',');
    else if (argv[i] === '--quiet') out.quiet = true;
    else fail(`unknown argument ${argv[i]}`);
  }
  return out;
}

function fail(message) {
  console.error(`bundle-functions: ${message}`);
  process.exit(1);
}

