// monthly_stats_1m_ms and quarterly_docx_ms (issue 14): the real report services on the embedded
// SQLite store in a temp file. The month's statistics with 1,000,000 stored tickets over a year
// (about 82,000 in the month) and 200,000 deadline clocks (referral answer windows and time
// limits, green-channel clocks — about 16,000 in the month); the quarterly Word report for a quarter of 100,000 tickets.
// Medians of a few runs. TypeScript is bundled with esbuild (better-sqlite3 external).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit } from './util.mjs';

const ENTRY = `
export { openSqliteStore } from './src/server/store/sqlite';
export * from './scripts/bench/seeders/reports';
`;

async function load(root) {
  const outfile = join(root, 'dist', 'bench', 'reports-bench.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'reports-bench-entry.ts' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['better-sqlite3', 'exceljs', 'docx'], logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(outfile)(outfile);
}

const NOW = Date.parse('2026-12-31T12:00:00+08:00');

export async function benchReports(root, { million = 1_000_000, quarter = 100_000 } = {}) {
  const m = await load(root);
  const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
  try {
    const store = m.openSqliteStore({ file: join(dir, 'month.db') });
    try {
      await m.seedReportTickets(store, million, NOW);
      await m.seedReportClocks(store, Math.floor(million / 5), NOW); // issue 14 §3: the referral and green-channel clocks the kept-promise counts read
      const r = await m.benchMonthly(store, '2026-11');
      if (r.total === 0) throw new Error('the month counted nothing: the benchmark measured nothing');
      emit('monthly_stats_1m_ms', r.ms, 'ms', '<= 1000');
    } finally {
      await store.close();
    }
    const qs = m.openSqliteStore({ file: join(dir, 'quarter.db') });
    try {
      await m.seedReportTickets(qs, quarter, NOW, m.quarterRange('2026-Q4'));
      const r = await m.benchQuarterDocx(qs, '2026-Q4', NOW);
      if (r.total !== quarter) throw new Error(`the quarter counted ${r.total}, not ${quarter}`);
      emit('quarterly_docx_ms', r.ms, 'ms', '<= 3000');
    } finally {
      await qs.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/reports.mjs [million] [quarter]` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  const [a, b] = process.argv.slice(2).map(Number);
  await benchReports(join(fileURLToPath(new URL('.', import.meta.url)), '..', '..'), { million: a || 1_000_000, quarter: b || 100_000 });
}
