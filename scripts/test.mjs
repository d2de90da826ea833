#!/usr/bin/env node
// `npm test`: build what the tests exercise (the H5 pages the browser tests open, the function
// bundles the bundle tests load), then run every jest project once and print one summary line.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, env = {}) => {
  console.log(`\n== ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

if (!process.argv.includes('--no-build')) {
  if (run('npx', ['taro', 'build', '--type', 'h5']) !== 0) process.exit(1);
  if (run('node', ['scripts/precompress.mjs', 'dist/h5']) !== 0) process.exit(1);
  if (run('node', ['scripts/bundle-functions.mjs']) !== 0) process.exit(1);
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
