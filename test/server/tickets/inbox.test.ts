import { openSqliteStore } from '../../../src/server/store/sqlite';
import { queryInbox, type InboxQuery } from '../../../src/server/tickets/inbox';
import { fixedClock } from '../../../src/server/ports/clock';
import { as, createTestRuntime, FIXED_NOW, type TestRuntime } from '../../support/runtime';
import { askOnline, call, data, registerPhone, rid } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const DAY = 86_400_000;
const later = (ms: number): TestRuntime => ({ ...runtime, clock: fixedClock(FIXED_NOW + ms) });

describe('the staff inbox', () => {
  it('orders open tickets by due time, overdue first, tickets without a clock last, and leaves closed ones out', async () => {
    const praise = data(await call(runtime, 'submit', { type: 'praise', content: '张某服务热情', requestId: rid() }, as.resident)).ticket;
    await call(runtime, 'accept', { id: praise.id }, as.staff); // praise: no clock once accepted
    const early = await registerPhone(runtime); // due 2026-12-03 17:00
    const lateOne = await registerPhone(later(7 * DAY)); // registered 12-03 → due 12-10
    const online = await askOnline(runtime); // received: accept clock due 11-27 17:00
    const closed = await registerPhone(runtime);
    await call(runtime, 'close', { id: closed.id, result: '已答复' }, as.staff);

    const at = later(8 * DAY); // 2026-12-04 10:00: the first two are overdue
    const { items, next } = data(await call(at, 'inbox', {}, as.staff));
    expect(items.map((r: any) => [r.id, r.overdue])).toEqual([
      [online.id, true], [early.id, true], [lateOne.id, false], [praise.id, false],
    ]);
    expect(next).toBeNull();
  });

  it('filters by type and by status (closed: newest closed first)', async () => {
    const c1 = await registerPhone(runtime);
    const online = await askOnline(runtime);
    await call(runtime, 'close', { id: c1.id, result: '已答复' }, as.staff);
    const c2 = await registerPhone(runtime);
    await call(later(60_000), 'close', { id: c2.id, result: '已答复' }, as.staff);
    expect(data(await call(runtime, 'inbox', { status: 'received' }, as.staff)).items.map((r: any) => r.id)).toEqual([online.id]);
    expect(data(await call(runtime, 'inbox', { status: 'closed', type: 'consultation' }, as.staff)).items.map((r: any) => r.id)).toEqual([c2.id, c1.id]);
    expect(data(await call(runtime, 'inbox', { type: 'complaint' }, as.staff)).items).toEqual([]);
  });

  it('pages through tickets sharing one due time without skipping or repeating any', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await registerPhone(runtime)).id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = data(await call(runtime, 'inbox', { limit: 2, ...(after ? { after } : {}) }, as.staff));
      seen.push(...res.items.map((r: any) => r.id));
      if (!res.next) break;
      after = res.next;
    }
    expect(seen).toEqual([...ids].sort());
  });

  it('refuses a malformed cursor in Chinese', async () => {
    expect(await call(runtime, 'inbox', { after: "1' OR 1=1" }, as.staff)).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '「翻页位置」格式不对', field: 'after' },
    });
  });
});

describe('the inbox query plan', () => {
  function plan(db: any, sql: string, params: unknown[]): string {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
  }

  it.each([
    [{}, /SEARCH c_tickets USING INDEX i_tickets_open_queueKey \(<expr>=\?\)/],
    [{ type: 'complaint' }, /SEARCH c_tickets USING INDEX i_tickets_open_type_queueKey \(<expr>=\? AND <expr>=\?\)/],
    [{ status: 'closed' }, /SEARCH c_tickets USING INDEX i_tickets_status_queueKey \(<expr>=\?\)/],
    [{ status: 'received', type: 'praise' }, /SEARCH c_tickets USING INDEX i_tickets_status_type_queueKey \(<expr>=\? AND <expr>=\?\)/],
    [{ after: `${'0'.repeat(16)}|tk_${'0'.repeat(24)}` }, /SEARCH c_tickets USING INDEX i_tickets_open_queueKey \(<expr>=\? AND <expr>>\?\)/],
  ])('answers %j by an index search in queue order, without sorting', async (query, expected) => {
    const store = openSqliteStore({ file: ':memory:' });
    const seen: Array<{ sql: string; params: unknown[] }> = [];
    const prepare = store.db.prepare.bind(store.db);
    store.db.prepare = ((sql: string) => {
      const stmt = prepare(sql);
      const all = stmt.all.bind(stmt);
      (stmt as any).all = (...params: unknown[]) => (seen.push({ sql, params }), all(...params));
      return stmt;
    }) as typeof store.db.prepare;
    const actor = { kind: 'staff' as const, openid: 'o', staffId: 's', name: '示例', roles: ['staff' as const] };
    await queryInbox(store, actor, query as InboxQuery, FIXED_NOW);
    const q = seen.find((s) => s.sql.includes('c_tickets'))!;
    const detail = plan(store.db, q.sql, q.params);
    expect(detail).toMatch(expected);
    expect(detail).not.toMatch(/TEMP B-TREE|SCAN c_tickets/);
    await store.close();
  });
});
