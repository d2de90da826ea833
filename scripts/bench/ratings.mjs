// sampling_1m_ms and monthly_table_1m_ms (issue 6): the monthly callback draw and the monthly
// ratings/callbacks table over 1,000,000 tickets completed in one month, on the embedded store.
// The draw reads the month's hotline/online ticket ids by primary-key range (samplePool, pages of
// 1000); the table reads stored running counters (ratingTallies) plus the month's open callbacks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, loadTs } from './util.mjs';

export async function benchRatings(root, total = 1_000_000) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ratings-'));
  const m = await loadTs(root, 'ratings', `
    export { benchRatings } from './scripts/bench/seeders/ratings';
    export { openSqliteStore } from './src/server/store/sqlite';
  `);
  const store = m.openSqliteStore({ file: join(dir, 'ratings.db') });
  try {
    const r = await m.benchRatings({ store, total, now: Date.parse('2026-11-02T09:05:00+08:00') });
    console.error(`[ratings] seeded ${total} in ${Math.round(r.seedMs)} ms; population ${r.populationSize}, drawn ${r.drawn}, table completed ${r.tableCompleted}, mandatory missing ${r.mandatoryMissing}`);
    emit('sampling_1m_ms', r.samplingMs, 'ms', '<= 3000');
    emit('monthly_table_1m_ms', r.tableMs, 'ms', '<= 3000');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRatings(process.cwd(), Number(process.argv[2] ?? 1_000_000));
}
