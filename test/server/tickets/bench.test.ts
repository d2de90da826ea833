import { openSqliteStore } from '../../../src/server/store/sqlite';
import { benchInboxQuery, benchTicket } from '../../../scripts/bench/seeders/tickets';
import { queryInbox } from '../../../src/server/tickets/inbox';
import { FIXED_NOW } from '../../support/runtime';

describe('the inbox benchmark helper', () => {
  it('seeds open and closed tickets as the services write them', () => {
    const open = benchTicket(0, FIXED_NOW, 20);
    const closed = benchTicket(1, FIXED_NOW, 20);
    expect([open.status, open.open, closed.status, closed.open]).toEqual(['received', true, 'closed', false]);
    expect(open.queueKey.endsWith(`|${open._id}`)).toBe(true);
  });

  it('times the real inbox query over a seeded store, which answers open tickets overdue first', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const r = await benchInboxQuery({ store, total: 2000, openEvery: 20, runs: 20, now: FIXED_NOW });
    expect(r).toMatchObject({ runs: 20, firstPage: 30 });
    expect(r.p99Ms).toBeGreaterThan(0);
    const actor = { kind: 'staff' as const, openid: 'o', staffId: 's', name: '示例', roles: ['staff' as const] };
    const { items } = await queryInbox(store, actor, {}, FIXED_NOW);
    expect(items.every((row) => row.status !== 'closed')).toBe(true);
    expect(items[0].overdue).toBe(true);
    const due = items.map((row) => row.dueAt ?? Infinity);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    await store.close();
  });
});
