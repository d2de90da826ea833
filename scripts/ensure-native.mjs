#!/usr/bin/env node
// Runs after `npm ci`/`npm install` (the project's own postinstall). npm 11 blocks dependencies'
// install scripts unless approved; where that left better-sqlite3 without its native module,
// build it here with the node-gyp that ships with npm, against the local Node headers.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  const pkgDir = dirname(require.resolve('better-sqlite3/package.json'));
  const npmDir = dirname(dirname(process.env.npm_execpath || '/usr/lib/node_modules/npm/bin/npm-cli.js'));
  const gyp = join(npmDir, 'node_modules/node-gyp/bin/node-gyp.js');
  console.log('better-sqlite3: building the native module with node-gyp …');
  // Node's own headers (no download): npm's `nodedir` setting, else the system's.
  const nodedir = process.env.npm_config_nodedir || (existsSync('/usr/include/node/node.h') ? '/usr' : '');
  const args = [existsSync(gyp) ? gyp : 'node-gyp', 'rebuild', '--release', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
  const r = spawnSync(process.execPath, args, { cwd: pkgDir, stdio: 'inherit' });
  if (r.status !== 0 || !loads()) {
    console.error('better-sqlite3 could not be built: install python3, make and g++ and run `npm rebuild better-sqlite3`');
    process.exit(1);
  }
}
