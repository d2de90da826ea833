// scheduler_pass_1m_ms and scheduler_scale_ratio (issue 3): one scheduler pass over 1,000,000
// clocks (990,000 closed, 10,000 open, 100 due now) on the embedded store, and its ratio to a
// pass over 10,000 clocks with the same 100 due. Cost must follow what is due, not what exists.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, loadTs } from './util.mjs';

export async function benchScheduler(root) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scheduler-'));
  const m = await loadTs(root, 'scheduler', `
    export { benchSchedulerScale } from './scripts/bench/seeders/scheduler';
    export { openSqliteStore } from './src/server/store/sqlite';
  `);
  let n = 0;
  try {
    const now = Date.parse('2026-12-01T10:00:00+08:00');
    const r = await m.benchSchedulerScale(() => m.openSqliteStore({ file: join(dir, `s${n++}.db`) }), now);
    emit('scheduler_pass_1m_ms', r.passLargeMs, 'ms', 'informational');
    emit('scheduler_scale_ratio', r.ratio, 'ratio', '<= 3');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
