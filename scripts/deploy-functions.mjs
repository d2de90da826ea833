#!/usr/bin/env node
// Deploys the bundled functions (dist/functions, `npm run build:functions` first) to CloudBase and
// tells the truth about it: exit 0 only when every function was deployed AND checked afterwards.
//
//   ENV_ID=<env> node scripts/deploy-functions.mjs [--only info,admin]
//       [--appid wx… --private-key ./private.key]   WeChat's upload for functions with cloud calls
//       [--cli "npx --yes @cloudbase/cli"] [--uploader "node scripts/deploy/wechat-upload.mjs"] [--dir <project root>]
//
// 1. `tcb fn deploy <name> --force -e <env>` per function (runtime, timeout, memory, timer from
//    cloudbaserc.json; --force overwrites an existing function instead of prompting or skipping).
// 2. Functions whose config.json declares `permissions.openapi` (the scheduler's
//    subscribeMessage.send) are uploaded again by WeChat's own upload (miniprogram-ci
//    cloud.uploadFunction, the channel WeChat DevTools uses): @cloudbase/cli never reads
//    config.json, so without this the cloud call has no permission. No --appid/--private-key →
//    that function is reported NOT DONE and the script exits non-zero.
// 3. `tcb fn detail <name> --json -e <env>` per function: Status must be Active, with the runtime,
//    timeout and timer trigger cloudbaserc.json asks for.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployAll, parseDeployArgs } from './deploy/deploy.mjs';

let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let options;
try {
  const argv = process.argv.slice(2);
  const dir = argv.indexOf('--dir');
  if (dir !== -1) root = resolve(argv.splice(dir, 2)[1] ?? '.');
  options = parseDeployArgs(argv, process.env);
} catch (err) {
  console.error(`deploy-functions: ${err.message}`);
  process.exit(64);
}
const rc = JSON.parse(readFileSync(join(root, 'cloudbaserc.json'), 'utf8'));
const report = await deployAll({ root, rc, ...options, log: (line) => console.log(line) });
console.log('');
for (const r of report) console.log(`${r.ok ? 'OK  ' : 'FAIL'} ${r.name.padEnd(14)} ${r.problems.join('; ') || r.summary}`);
const failed = report.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} of ${report.length} functions NOT deployed as configured` : `\nall ${report.length} functions deployed and checked`);
process.exit(failed ? 1 : 0);
