import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import type { Store } from '../../../src/server/ports/store';
import { apply, bj, data, makeFixture, ordinaryApply, wall, who, type LegalAidFixture } from './fixture';

let f: LegalAidFixture;
let store: ReturnType<typeof openSqliteStore>;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  f = await makeFixture(store as Store, bj('2026-11-26 10:00'));
});
afterEach(() => store.close());

describe('a calendar change moves the legal-aid clocks and the queue with them', () => {
  it('rolls an ordinary decision due on a day the admin closes to the next working day, queue key included', async () => {
    const app = await apply(f, ordinaryApply());
    const before = (await store.get<any>('legalAidApplications', app.id))!;
    expect(wall(before.dueAt)).toBe('2026-12-03 17:00');
    const res = await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-03', working: false, note: '镇政府停电，暂停办公' }, { openid: 'demo-admin' }, f.runtime);
    expect(res.ok).toBe(true);
    const after = (await store.get<any>('legalAidApplications', app.id))!;
    expect(wall(after.dueAt)).toBe('2026-12-04 17:00');
    expect(wall(after.clocks[0].dueAt)).toBe('2026-12-04 17:00');
    expect(after.queueKey).toBe(`1|${String(after.dueAt).padStart(16, '0')}|${app.id}`);
    const view = data(await f.call('get', { id: app.id }, who.staff)).application;
    expect(wall(view.clocks[0].dueAt)).toBe('2026-12-04 17:00');
  });
});

describe('a calendar change moves the same-day board’s day with the clocks', () => {
  it('shows a green-channel application on the next working day’s board when the admin closes the day of application', async () => {
    const app = await apply(f);
    expect(data(await f.call('board', { date: '2026-11-26' }, who.staff)).items.map((i: any) => i.id)).toEqual([app.id]);
    const res = await invoke(admin, { action: 'setCalendarOverride', date: '2026-11-26', working: false, note: '镇政府停电，暂停办公' }, { openid: 'demo-admin' }, f.runtime);
    expect(res.ok).toBe(true);
    const after = (await store.get<any>('legalAidApplications', app.id))!;
    expect(wall(after.clocks[0].dueAt)).toBe('2026-11-27 17:00');
    expect(after.sameDayDate).toBe('2026-11-27');
    expect(data(await f.call('board', { date: '2026-11-26' }, who.staff)).items).toEqual([]);
    expect(data(await f.call('board', { date: '2026-11-27' }, who.staff)).items.map((i: any) => i.id)).toEqual([app.id]);
  });
});
