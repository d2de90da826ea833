#!/usr/bin/env node
// `npm start`: the embedded station on one machine.
//   1. builds the H5 pages (dist/h5) when they are missing or older than the sources;
//   2. bundles the gateway (src/server/gateway/main.ts) to dist/server/gateway.cjs with esbuild;
//   3. runs it: PORT (3000), DATA_DIR (./data), NODE_ENV=production disables the demo sign-in.
// Flags: --no-build skips step 1.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const h5Index = join(root, 'dist', 'h5', 'index.html');
const gatewayBundle = join(root, 'dist', 'server', 'gateway.cjs');

if (!process.argv.includes('--no-build')) ensureH5();
await bundleGateway();
process.setSourceMapsEnabled(true);
const { runFromEnv } = createRequire(import.meta.url)(gatewayBundle);
process.chdir(root);
await runFromEnv(process.env);

/** Builds the H5 pages unless dist/h5 is newer than every front-end source. */
function ensureH5() {
  const built = existsSync(h5Index) ? statSync(h5Index).mtimeMs : 0;
  const sources = newestMtime([join(root, 'src'), join(root, 'config')], [join(root, 'src', 'server')]);
  if (built && built >= sources) {
    if (!precompressed()) spawnSync(process.execPath, [join(root, 'scripts', 'precompress.mjs'), join(root, 'dist', 'h5')], { cwd: root, stdio: 'inherit' });
    return;
  }
  console.log(built ? '前端有改动，重新构建 H5… / sources changed, rebuilding H5…' : '首次启动，构建 H5… / building H5 for the first time…');
  // A demo gateway (not NODE_ENV=production) gets the demo sign-in link on its home page.
  const demo = process.env.NODE_ENV === 'production' ? '0' : '1';
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', TARO_APP_DEMO_SIGN_IN: demo } });
  // brotli and gzip copies of every script and stylesheet, sent to browsers that accept them
  if (r.status === 0) spawnSync(process.execPath, [join(root, 'scripts', 'precompress.mjs'), join(root, 'dist', 'h5')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.warn(existsSync(h5Index)
      ? 'H5 构建失败，继续使用上一次的构建 / H5 build failed, serving the previous build'
      : 'H5 构建失败，只提供接口 / H5 build failed, serving the API only');
  }
}

/** Whether every script of the H5 build worth compressing has its brotli copy (a build made by hand may lack them). */
function precompressed() {
  const js = join(root, 'dist', 'h5', 'js');
  if (!existsSync(js)) return true;
  const names = new Set(readdirSync(js));
  return [...names].filter((n) => n.endsWith('.js') && statSync(join(js, n)).size >= 256).every((n) => names.has(`${n}.br`));
}

/** Newest modification time of any file under `dirs`, skipping `skip` and node_modules. */
function newestMtime(dirs, skip) {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir) || skip.includes(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** One CommonJS file for plain node: our TypeScript inlined, npm packages loaded from node_modules. */
async function bundleGateway() {
  await build({
    entryPoints: [join(root, 'src', 'server', 'gateway', 'main.ts')],
    outfile: gatewayBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
}
