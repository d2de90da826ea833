import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';
import { enqueue } from '../../../src/server/outbox';
import { listInbox, markRead, recordConsent } from '../../../src/server/inbox';
import type { Actor } from '../../../src/server/ports/identity';
import { AppError } from '../../../src/server/core/errors';

const NOW = Date.parse('2026-11-26T10:00:00+08:00');
const H = 3600_000;
const clerk: Actor = { kind: 'staff', openid: 'o-clerk', staffId: 'staff:clerk', name: '张某', roles: ['staff'] };
const residentA: Actor = { kind: 'resident', openid: 'o-a' };
const residentB: Actor = { kind: 'resident', openid: 'o-b' };

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ file: ':memory:' });
});
afterEach(() => store.close());

const put = (key: string, recipient: { openid?: string; staffId?: string }, at: number, dueAt?: number) =>
  store.transaction((tx) => enqueue(tx, { key, recipient, purpose: 'p', title: key, body: '…', ...(dueAt === undefined ? {} : { dueAt }) }, at));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('listInbox', () => {
  it("orders a staff member's inbox by due time, overdue first, undated last and newest first", async () => {
    await put('due-tomorrow', { staffId: 'staff:clerk' }, NOW - 5 * H, NOW + 24 * H);
    await put('overdue', { staffId: 'staff:clerk' }, NOW - 4 * H, NOW - H);
    await put('undated-old', { staffId: 'staff:clerk' }, NOW - 3 * H);
    await put('undated-new', { staffId: 'staff:clerk' }, NOW - 2 * H);
    await put('due-today', { staffId: 'staff:clerk' }, NOW - H, NOW + 2 * H);
    await put('as-resident', { openid: 'o-clerk' }, NOW, NOW + 3 * H);
    await put('someone-else', { staffId: 'staff:other' }, NOW, NOW - 9 * H);
    const items = await listInbox(store, clerk, NOW);
    expect(items.map((i) => i.id)).toEqual(['overdue', 'due-today', 'as-resident', 'due-tomorrow', 'undated-new', 'undated-old']);
    expect(items.map((i) => i.overdue)).toEqual([true, false, false, false, false, false]);
  });

  it("shows a resident only their own entries, newest first", async () => {
    await put('a1', { openid: 'o-a' }, NOW - H);
    await put('a2', { openid: 'o-a' }, NOW);
    await put('b1', { openid: 'o-b' }, NOW);
    expect((await listInbox(store, residentA, NOW)).map((i) => i.id)).toEqual(['a2', 'a1']);
    expect((await listInbox(store, residentB, NOW)).map((i) => i.id)).toEqual(['b1']);
  });
});

describe('markRead', () => {
  it('marks your own entry read once and keeps the first reading time', async () => {
    await put('a1', { openid: 'o-a' }, NOW);
    expect(await markRead(store, residentA, 'a1', NOW + 1)).toEqual({ id: 'a1', readAt: NOW + 1 });
    expect(await markRead(store, residentA, 'a1', NOW + 2)).toEqual({ id: 'a1', readAt: NOW + 1 });
    expect((await listInbox(store, residentA, NOW))[0].read).toBe(true);
  });

  it("answers NOT_FOUND for another resident's entry, exactly as for a missing one, and writes nothing", async () => {
    await put('b1', { openid: 'o-b' }, NOW);
    const before = await store.get('inbox', 'b1');
    expect(await codeOf(markRead(store, residentA, 'b1', NOW))).toBe('NOT_FOUND');
    expect(await codeOf(markRead(store, residentA, 'missing', NOW))).toBe('NOT_FOUND');
    expect(await store.get('inbox', 'b1')).toEqual(before);
  });
});

describe('recordConsent', () => {
  const templates = { deadlineOverdue: 'T1', ticketReplied: 'T2' };

  it('adds one consent per accepted template, counting repeated acceptances', async () => {
    expect(await recordConsent(store, 'o-a', ['T1', 'T2'], templates, NOW)).toEqual({ counts: { T1: 1, T2: 1 } });
    expect(await recordConsent(store, 'o-a', ['T1', 'T1'], templates, NOW)).toEqual({ counts: { T1: 2 } });
    expect(await store.get('subscribeConsents', 'o-a:T1')).toMatchObject({ openid: 'o-a', templateId: 'T1', count: 2 });
  });

  it('refuses an id that is not a configured template, naming it, and writes nothing', async () => {
    const err = await recordConsent(store, 'o-a', ['T1', 'forged'], templates, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'templateIds.1' });
    expect(await store.count('subscribeConsents')).toBe(0);
  });
});
