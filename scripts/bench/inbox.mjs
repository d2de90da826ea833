// inbox_p99_ms (issue 5): the staff inbox query — the real service function `queryInbox` of
// src/server/tickets/inbox.ts — with 100,000 tickets (1 in 20 open) on the embedded SQLite
// store in a temp file, p99 over 2000 runs cycling through the workbench's views (all open, by
// type, by status, second page). TypeScript is bundled with esbuild (better-sqlite3 external).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, loadTs } from './util.mjs';

const ENTRY = `
export { openSqliteStore } from './src/server/store/sqlite';
export { benchInboxQuery } from './scripts/bench/seeders/tickets';
`;


export async function benchInbox(root, { total = 100_000, runs = 2000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-inbox-'));
  try {
    const { openSqliteStore, benchInboxQuery } = await loadTs(root, 'inbox-bench', ENTRY);
    const store = openSqliteStore({ file: join(dir, 'tickets.db') });
    try {
      const r = await benchInboxQuery({ store, total, runs, now: Date.parse('2026-11-26T10:00:00+08:00') });
      if (r.firstPage === 0) throw new Error('the inbox answered no rows: the benchmark measured nothing');
      emit('inbox_p99_ms', r.p99Ms, 'ms', '<= 20');
      emit('inbox_p50_ms', r.p50Ms, 'ms', 'informational');
      return r;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/inbox.mjs` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  await benchInbox(join(fileURLToPath(new URL('.', import.meta.url)), '..', '..'));
}
