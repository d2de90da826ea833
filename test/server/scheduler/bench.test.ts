import { openSqliteStore } from '../../../src/server/store/sqlite';
import { benchScheduler, benchSchedulerScale } from '../../../scripts/bench/seeders/scheduler';

const NOW = Date.parse('2026-11-26T10:00:00+08:00');

describe('benchScheduler', () => {
  it('seeds closed, open and due clocks and times passes that each handle exactly the due ones', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    try {
      const r = await benchScheduler({ store, total: 2_000, open: 200, due: 10, now: NOW, passes: 3 });
      expect(r.passesMs).toHaveLength(3);
      expect(r.summary).toEqual({ due: 10, warned: 0, overdue: 10, unchanged: 0, failed: 0 });
      expect(await store.count('clocks', { state: 'stopped' })).toBe(1_790);
      expect(await store.count('clocks', { nextCheckAt: { $lte: NOW } })).toBe(0);
      expect(await store.count('audit')).toBe(30);
    } finally {
      await store.close();
    }
  });

  it('reports both sizes and their ratio', async () => {
    const r = await benchSchedulerScale(() => openSqliteStore({ file: ':memory:' }), NOW, { large: 3_000, small: 1_000, open: 300, due: 5 });
    expect(r.ratio).toBeCloseTo(r.passLargeMs / r.passSmallMs);
    expect(r.passLargeMs).toBeGreaterThan(0);
  });
});
