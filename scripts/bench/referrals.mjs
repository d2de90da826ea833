// referral_pass_1m_ms (issue 13): one scheduler pass over a store holding 1,000,000 referrals
// (and their answer clocks) of which 100 have an answer window running out — the escalations to
// the director. Same order as scheduler_pass_1m_ms: the pass selects due clocks by index.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, loadTs } from './util.mjs';

export async function benchReferrals(root) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-referrals-'));
  const m = await loadTs(root, 'referrals', `
    export { benchReferralPass } from './scripts/bench/seeders/referrals';
    export { openSqliteStore } from './src/server/store/sqlite';
  `);
  const store = m.openSqliteStore({ file: join(dir, 'r.db') });
  try {
    const r = await m.benchReferralPass(store, Date.parse('2026-12-01T10:00:00+08:00'));
    if (r.summary.overdue !== 100) throw new Error(`referral bench: expected 100 escalations, got ${JSON.stringify(r.summary)}`);
    emit('referral_pass_1m_ms', r.passMs, 'ms', 'same order as scheduler_pass_1m_ms');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
