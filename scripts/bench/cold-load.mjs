// fn_cold_load_ratio: each bundled function's load time in a fresh process, as a ratio to a bare
// require('@cloudbase/node-sdk') measured in the same run (median of several fresh processes).
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emit, median } from './util.mjs';

const RUNS = 7;

const loadMs = (target) => {
  const code = `const t=process.hrtime.bigint();require(${JSON.stringify(target)});` +
    `process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
};

const timeMedian = (target) => median(Array.from({ length: RUNS }, () => loadMs(target)));

export function benchColdLoad(root) {
  const fnDir = join(root, 'dist/functions');
  const names = readdirSync(fnDir).filter((n) => existsSync(join(fnDir, n, 'index.js')));
  const sdk = timeMedian(resolve(root, 'node_modules/@cloudbase/node-sdk'));
  let slowest = { name: '', ms: 0 };
  for (const name of names) {
    const ms = timeMedian(join(fnDir, name, 'index.js'));
    if (ms > slowest.ms) slowest = { name, ms };
  }
  emit('fn_cold_load_ratio', slowest.ms / sdk, 'ratio', '<= 1.3');
  emit('fn_cold_load_slowest_ms', slowest.ms, 'ms', 'informational');
  emit('sdk_require_ms', sdk, 'ms', 'informational');
}
