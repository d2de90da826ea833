// monthly_volume_ms (issue 15): the real `buildMonthlyVolume` of src/server/archives/build.ts binds a
// month of 10,000 walk-in and phone registrations into one volume (10,000 items with archive codes)
// on the embedded SQLite store in a temp file; as many tickets of other months and channels sit
// beside them. monthly_volume_again_ms: the same month again (answers the built volume).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit } from './util.mjs';

const ENTRY = `
export { openSqliteStore } from './src/server/store/sqlite';
export { benchMonthlyVolume } from './scripts/bench/seeders/archives';
`;

async function load(root) {
  const outfile = join(root, 'dist', 'bench', 'archives-bench.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'archives-bench-entry.ts' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['better-sqlite3'], logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(outfile)(outfile);
}

export async function benchArchives(root, { registrations = 10_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-archives-'));
  try {
    const { openSqliteStore, benchMonthlyVolume } = await load(root);
    const store = openSqliteStore({ file: join(dir, 'archives.db') });
    try {
      const r = await benchMonthlyVolume({ store, registrations });
      if (r.itemCount !== registrations) throw new Error(`the volume holds ${r.itemCount} items, not ${registrations}: the benchmark measured the wrong thing`);
      emit('monthly_volume_ms', r.buildMs, 'ms', '<= 3000');
      emit('monthly_volume_again_ms', r.againMs, 'ms', 'informational');
      return r;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/archives.mjs` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  await benchArchives(join(fileURLToPath(new URL('.', import.meta.url)), '..', '..'));
}
