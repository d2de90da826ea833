#!/usr/bin/env node
// Uploads one function folder through WeChat's own channel (miniprogram-ci cloud.uploadFunction,
// what WeChat DevTools does), so its config.json `permissions.openapi` applies.
//   node scripts/deploy/wechat-upload.mjs --appid wx… --private-key key --env <env> --name scheduler --path dist/functions/scheduler
// The private key is the mini-program's code-upload key (MP console → 开发管理 → 小程序代码上传).
import ci from 'miniprogram-ci';
import { resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
for (const k of ['appid', 'private-key', 'env', 'name', 'path']) {
  if (!args[k]) {
    console.error(`wechat-upload: --${k} is required`);
    process.exit(64);
  }
}
const project = new ci.Project({ appid: args.appid, type: 'miniProgram', projectPath: resolve('.'), privateKeyPath: resolve(args['private-key']), ignores: ['node_modules/**/*'] });
try {
  const res = await ci.cloud.uploadFunction({ project, env: args.env, name: args.name, path: resolve(args.path), remoteNpmInstall: false });
  console.log(`uploaded ${args.name}: ${res.filesCount} files, ${res.packSize} bytes`);
} catch (err) {
  console.error(`wechat-upload: ${args.name} failed: ${err?.message ?? err}`);
  process.exit(1);
}
