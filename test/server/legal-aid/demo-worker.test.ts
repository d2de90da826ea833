import { openSqliteStore } from '../../../src/server/store/sqlite';
import type { Store } from '../../../src/server/ports/store';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { apply, bj, data, makeFixture, type LegalAidFixture, who } from './fixture';

let f: LegalAidFixture;
let store: ReturnType<typeof openSqliteStore>;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  f = await makeFixture(store as Store, bj('2026-11-26 10:00'));
});
afterEach(() => store.close());

const demoWorker = { openid: 'demo-legal-aid-worker' } as PlatformIdentity;

describe('the seeded demo legal-aid worker', () => {
  it('sees in the queue the case the director assigns to the sample lawyer, and records its progress', async () => {
    const app = await apply(f);
    expect(data(await f.call('queue', {}, demoWorker)).items).toEqual([]);
    await f.call('accept', { id: app.id }, who.staff);
    await f.call('decide', { id: app.id, grant: true }, who.director);
    data(await f.call('assign', { id: app.id, workerId: 'law_sample1' }, who.director));
    expect(data(await f.call('queue', {}, demoWorker)).items.map((i: any) => i.id)).toEqual([app.id]);
    f.setNow(bj('2026-11-26 14:00'));
    const res = await f.call('recordProgress', { id: app.id, kind: 'contact', text: '电话联系申请人，约定明天面谈' }, demoWorker);
    expect(res.ok).toBe(true);
  });
});
