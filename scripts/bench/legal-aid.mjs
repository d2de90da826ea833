// legal_aid_queue_p99_ms (issue 11): the staff legal-aid queue — the real service function `listQueue` of
// src/server/legal-aid/read.ts — with 100,000 applications (1 in 20 open) on the embedded SQLite
// store in a temp file, p99 over 2000 runs cycling through its filters (all open, green only, by
// status, status + green, a worker's own cases, second page). TypeScript is bundled with esbuild (better-sqlite3 external).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, loadTs } from './util.mjs';

const ENTRY = `
export { openSqliteStore } from './src/server/store/sqlite';
export { benchLegalAidQueue } from './scripts/bench/seeders/legal-aid';
`;


export async function benchLegalAid(root, { total = 100_000, runs = 2000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-legal-aid-'));
  try {
    const { openSqliteStore, benchLegalAidQueue } = await loadTs(root, 'legal-aid-bench', ENTRY);
    const store = openSqliteStore({ file: join(dir, 'legal-aid.db') });
    try {
      const r = await benchLegalAidQueue({ store, total, runs, now: Date.parse('2026-11-26T10:00:00+08:00') });
      if (r.firstPage === 0) throw new Error('the queue answered no rows: the benchmark measured nothing');
      emit('legal_aid_queue_p99_ms', r.p99Ms, 'ms', '<= 20');
      emit('legal_aid_queue_p50_ms', r.p50Ms, 'ms', 'informational');
      return r;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/legal-aid.mjs` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  await benchLegalAid(join(fileURLToPath(new URL('.', import.meta.url)), '..', '..'));
}
