import { openSqliteStore } from '../../../src/server/store/sqlite';
import { describeSchedulerSuite } from './suite';

describeSchedulerSuite('the embedded SQLite store', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close(), seed: (c, docs) => store.insertMany(c, docs) };
});

describe('scheduler queries on SQLite', () => {
  /** Runs `fn`, capturing every SQL statement the store prepares, and answers their query plans. */
  async function plansOf(fn: (store: ReturnType<typeof openSqliteStore>) => Promise<unknown>): Promise<string[]> {
    const store = openSqliteStore({ file: ':memory:' });
    const seen: string[] = [];
    const prepare = store.db.prepare.bind(store.db);
    store.db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof store.db.prepare;
    await fn(store);
    store.db.prepare = prepare;
    const plans = seen
      .filter((sql) => sql.startsWith('SELECT'))
      .map((sql) => {
        const params = (sql.match(/\?/g) ?? []).map(() => 0);
        return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
      });
    await store.close();
    return plans;
  }

  it('finds due clocks by a SEARCH on the nextCheckAt index, without sorting', async () => {
    const { runClockPass } = await import('../../../src/server/scheduler/clock-pass');
    const [plan] = await plansOf((store) => runClockPass(store, Date.now()));
    expect(plan).toMatch(/SEARCH c_clocks USING INDEX i_clocks_nextCheckAt/);
    expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
  });

  it('finds clocks to recompute by a SEARCH on the (state, calendarVersion) index: open clocks only', async () => {
    const { recomputeClocks } = await import('../../../src/server/deadlines/recompute');
    const { createCalendar } = await import('../../../src/domain/calendar');
    const plans = await plansOf((store) => recomputeClocks(store, createCalendar(), Date.now()));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toMatch(/SEARCH c_clocks USING INDEX i_clocks_state/);
  });
});
