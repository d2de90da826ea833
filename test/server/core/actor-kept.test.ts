import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveActor } from '../../../src/server/core/actor';
import { openSqliteStore, type SqliteStore } from '../../../src/server/store/sqlite';

describe('resolveActor reads roles again after every change to the staff table', () => {
  let dir: string;
  let a: SqliteStore;
  let b: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'actor-kept-'));
    a = openSqliteStore({ file: join(dir, 'station.db') });
    b = openSqliteStore({ file: join(dir, 'station.db') });
    await a.put('staff', { _id: 'st-1', openid: 'o-li', name: '李明', roles: ['staff'], active: true, order: 1 });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the same actor while nothing changed', async () => {
    expect(await resolveActor(a, { openid: 'o-li' })).toMatchObject({ kind: 'staff', roles: ['staff'] });
    expect(await resolveActor(a, { openid: 'o-li' })).toMatchObject({ kind: 'staff', roles: ['staff'] });
  });

  it('sees a role given through this store at once', async () => {
    await resolveActor(a, { openid: 'o-li' });
    await a.update('staff', 'st-1', { roles: ['staff', 'director'] });
    expect(await resolveActor(a, { openid: 'o-li' })).toMatchObject({ roles: ['staff', 'director'] });
  });

  it('sees a deactivation committed by another process at once', async () => {
    await resolveActor(a, { openid: 'o-li' });
    await b.update('staff', 'st-1', { active: false });
    expect(await resolveActor(a, { openid: 'o-li' })).toEqual({ kind: 'resident', openid: 'o-li' });
  });

  it('gives each caller its own roles array (a kept actor is never changed by one call)', async () => {
    const first = await resolveActor(a, { openid: 'o-li' });
    if (first.kind === 'staff') first.roles.push('admin');
    expect(await resolveActor(a, { openid: 'o-li' })).toMatchObject({ roles: ['staff'] });
  });
});
