#!/usr/bin/env node
// Tencent's own offline checks on the weapp build (miniprogram-ci, "extracted from WeChat
// DevTools"): schemaValidate of app.json, every page json, project.config.json and sitemap.json;
// analyseCode; checkCodeQuality (package size limits, lazy code loading, JS/WXML/WXSS
// compression, code only other packages use). A dummy AppID and an RSA key generated in a
// temporary folder: nothing is sent to Tencent. Prints one JSON object; exits 1 on any finding.
//   node scripts/weapp-checks.mjs [dist/weapp]
// (A process of its own: miniprogram-ci's analyser leaves a file watcher running.)
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const weapp = resolve(process.argv[2] ?? join(root, 'dist', 'weapp'));
if (!existsSync(join(weapp, 'app.json'))) {
  console.error(`weapp-checks: ${weapp} is not built — run npx taro build --type weapp`);
  process.exit(2);
}
const log = console.log;
console.log = () => undefined; // miniprogram-ci talks on stdout; this script's stdout is its JSON
const ci = createRequire(import.meta.url)('miniprogram-ci');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const app = readJson(join(weapp, 'app.json'));
const schema = {};
const validate = (kind, path) => {
  const { error } = ci.schemaValidate(kind, readJson(path));
  if (error.length) schema[path.slice(weapp.length + 1) || path] = error;
};
validate('app', join(weapp, 'app.json'));
for (const page of [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]) {
  validate('page', join(weapp, `${page}.json`));
}
validate('projectconfig', join(root, 'project.config.json'));
validate('sitemap', join(weapp, app.sitemapLocation ?? 'sitemap.json'));

const dir = mkdtempSync(join(tmpdir(), 'mp-ci-'));
let quality;
let analysed;
try {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  writeFileSync(join(dir, 'private.key'), privateKey);
  const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: weapp, privateKeyPath: join(dir, 'private.key'), ignores: ['node_modules/**/*'] });
  const analysis = await ci.analyseCode(project, { silent: true });
  analysed = { files: analysis?.files?.length ?? 0 };
  quality = await ci.checkCodeQuality(project);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const failed = quality.filter((i) => !i.success).map((i) => i.name);
const mainBytes = quality.find((i) => i.name === 'PACKAGE_SIZE_LIMIT')?.detail?.__APP__ ?? null;
log(JSON.stringify({ schema, analysed, quality: quality.map(({ name, success, detail }) => ({ name, success, detail })), failed, mainBytes }));
process.exit(Object.keys(schema).length || failed.length || !analysed.files ? 1 : 0);
