#!/usr/bin/env node
// `npm test`: build what the tests exercise (the H5 pages the browser tests open, the weapp
// build Tencent's checks read, the function bundles the bundle tests load), then run every jest
// project once and print one summary line. The weapp build runs alongside the H5 build, so it
// adds little to the wall time.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, env = {}) => {
  console.log(`\n== ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

/** Starts a build in the background; resolves to its exit status (output kept quiet unless it fails). */
const background = (cmd, args) => new Promise((resolve) => {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => { out = (out + c).slice(-20000); });
  child.stderr.on('data', (c) => { out = (out + c).slice(-20000); });
  child.on('close', (code) => {
    if (code !== 0) console.error(`\n== ${cmd} ${args.join(' ')} failed:\n${out}`);
    resolve(code ?? 1);
  });
});

if (!process.argv.includes('--no-build')) {
  console.log('\n== npx taro build --type weapp (in the background)');
  const weapp = background('npx', ['taro', 'build', '--type', 'weapp']);
  if (run('npx', ['taro', 'build', '--type', 'h5']) !== 0) process.exit(1);
  if (run('node', ['scripts/precompress.mjs', 'dist/h5']) !== 0) process.exit(1);
  if (run('node', ['scripts/bundle-functions.mjs']) !== 0) process.exit(1);
  if ((await weapp) !== 0) process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'jest-')), 'report.json');
const status = run('npx', ['jest', '--ci', '--json', `--outputFile=${report}`, ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
} catch {
  console.log('\n(no jest report was written)');
}
process.exit(status);
