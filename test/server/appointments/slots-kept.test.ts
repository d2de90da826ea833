import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from '../../../src/server/core/invoke';
import { appointments } from '../../../src/server/functions/appointments';
import { admin } from '../../../src/server/functions/admin';
import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';
import { fixedClock } from '../../../src/server/ports/clock';
import { seedIfEmpty } from '../../../src/server/seed';
import type { Runtime } from '../../../src/server/core/define';
import { FIXED_NOW } from '../../support/runtime';

const resident = { openid: 'demo-resident' };
const adminId = { openid: 'demo-admin' };
const noWechat = { send: async () => ({ sent: false, retryable: false, reason: 'none' }) };

function runtimeOn(store: SqliteStore): Runtime {
  return { store, clock: fixedClock(FIXED_NOW), sender: noWechat as Runtime['sender'], templates: {} };
}

async function leftAt(runtime: Runtime, date: string, start: string): Promise<number | undefined> {
  const res = await invoke(appointments, { action: 'slots', date }, resident, runtime);
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as any).days[0]?.slots.find((s: { start: string }) => s.start === start)?.left;
}

describe('slots kept between calls follow every change, whoever makes it', () => {
  let dir: string;
  let a: SqliteStore;
  let b: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slots-kept-'));
    a = openSqliteStore({ file: join(dir, 'station.db') });
    await seedIfEmpty(a, FIXED_NOW);
    b = openSqliteStore({ file: join(dir, 'station.db') });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a booking made through this store at once', async () => {
    const ra = runtimeOn(a);
    expect(await leftAt(ra, '2026-11-27', '09:00')).toBe(2);
    const booked = await invoke(appointments, { action: 'book', service: 'consultation', date: '2026-11-27', start: '09:00', requestId: 'req-kept-000001' }, resident, ra);
    expect(booked.ok).toBe(true);
    expect(await leftAt(ra, '2026-11-27', '09:00')).toBe(1);
  });

  it('shows a booking committed by another connection (another process) at once', async () => {
    const ra = runtimeOn(a);
    expect(await leftAt(ra, '2026-11-27', '10:00')).toBe(2);
    const other = await invoke(appointments, { action: 'book', service: 'consultation', date: '2026-11-27', start: '10:00', requestId: 'req-kept-000002' }, { openid: 'another-resident' }, runtimeOn(b));
    expect(other.ok).toBe(true);
    expect(await leftAt(ra, '2026-11-27', '10:00')).toBe(1);
  });

  it('follows a settings change and a closed day made elsewhere', async () => {
    const ra = runtimeOn(a);
    expect(await leftAt(ra, '2026-11-30', '09:00')).toBe(2);
    const set = await invoke(appointments, { action: 'updateSettings', capacityPerSlot: 5 }, adminId, runtimeOn(b));
    expect(set.ok).toBe(true);
    expect(await leftAt(ra, '2026-11-30', '09:00')).toBe(5);
    const closed = await invoke(appointments, { action: 'closeDay', date: '2026-11-30', reason: '镇普法集市' }, adminId, runtimeOn(b));
    expect(closed.ok).toBe(true);
    expect(await leftAt(ra, '2026-11-30', '09:00')).toBeUndefined();
  });

  it('follows a calendar override the admin sets', async () => {
    const ra = runtimeOn(a);
    expect(await leftAt(ra, '2026-12-01', '09:00')).toBe(2);
    const off = await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '镇里停电，暂停办公' }, adminId, runtimeOn(b));
    expect(off.ok).toBe(true);
    expect(await leftAt(ra, '2026-12-01', '09:00')).toBeUndefined();
  });
});

describe('slots kept for the day are cut at each call\'s own instant', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slots-cut-'));
    store = openSqliteStore({ file: join(dir, 'station.db') });
    await seedIfEmpty(store, FIXED_NOW);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const startsAt = async (iso: string) => {
    const runtime = { ...runtimeOn(store), clock: fixedClock(Date.parse(`${iso}+08:00`)) };
    const res = await invoke(appointments, { action: 'slots', date: '2026-12-01' }, resident, runtime);
    if (!res.ok) throw new Error(res.error.message);
    return { starts: ((res.data as any).days[0]?.slots ?? []).map((s: { start: string }) => s.start), serverNow: (res.data as any).serverNow };
  };

  it('drops a slot at the very millisecond booking starts refusing it as too soon, and not before', async () => {
    // The seed's lead time is 120 minutes: 11:00 is offered until 09:00:00.000 and refused after.
    const before = await startsAt('2026-12-01T09:00:00.000');
    const after = await startsAt('2026-12-01T09:00:00.001');
    expect(before.starts[0]).toBe('11:00');
    expect(after.starts[0]).toBe('11:30');
    expect(after.serverNow).toBe(Date.parse('2026-12-01T09:00:00.001+08:00'));
    const refused = await invoke(appointments, { action: 'book', service: 'consultation', date: '2026-12-01', start: '11:00', requestId: 'req-cut-000001' }, resident,
      { ...runtimeOn(store), clock: fixedClock(Date.parse('2026-12-01T09:00:00.001+08:00')) });
    expect(refused.ok ? '' : refused.error.message).toContain('马上就到了');
    expect((await startsAt('2026-12-01T08:59:59.999')).starts).toEqual(before.starts); // an earlier call in the same day still sees it
  });

  it('offers nothing of a day once its last slot has passed, and the next day afresh', async () => {
    expect((await startsAt('2026-12-01T16:00:00')).starts).toEqual([]);
    expect((await startsAt('2026-12-01T06:00:00')).starts).toHaveLength(13);
  });
});

describe('the SQLite change mark', () => {
  it('changes with a write to its collection, through this store or another connection, and not otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'change-mark-'));
    const a = openSqliteStore({ file: join(dir, 'db.sqlite') });
    const b = openSqliteStore({ file: join(dir, 'db.sqlite') });
    try {
      const m0 = a.changeMark!('staff');
      await a.find('staff');
      expect(a.changeMark!('staff')).toBe(m0);
      await a.put('residents', { _id: 'r1', openid: 'o', name: '甲', birthDate: '1950-01-01' });
      expect(a.changeMark!('staff')).toBe(m0); // another collection through this store
      await a.transaction(async (tx) => tx.put('staff', { _id: 's1', openid: 'o1', name: '乙', roles: ['staff'], active: true, order: 1 }));
      const m1 = a.changeMark!('staff');
      expect(m1).not.toBe(m0);
      await b.update('staff', 's1', { active: false });
      expect(a.changeMark!('staff')).not.toBe(m1);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
