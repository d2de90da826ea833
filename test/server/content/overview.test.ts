import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { info } from '../../../src/server/functions/info';
import { publishedOverview } from '../../../src/server/content/overview';
import { publicationRevision } from '../../../src/server/content/revision';
import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const stationOf = (overview: any) => overview.items.find((i: any) => i.key === 'station');

describe('publishedOverview', () => {
  it('answers repeated reads from memory while nothing is published', async () => {
    const first = await publishedOverview(runtime.store);
    const find = jest.spyOn(runtime.store, 'find');
    const second = await publishedOverview(runtime.store);
    expect(second).toBe(first);
    expect(find).not.toHaveBeenCalled();
  });

  it('shows an admin edit on the very next read', async () => {
    const before = stationOf(await publishedOverview(runtime.store));
    const res = await invoke(admin, {
      action: 'updateContent', key: 'station', expectedVersion: before.version,
      data: { ...before.data, address: '西山镇新址 1 号' },
    }, as.admin, runtime);
    expect(res.ok).toBe(true);
    expect(stationOf(await publishedOverview(runtime.store)).data.address).toBe('西山镇新址 1 号');
  });

  it('shows a calendar override on the very next read, through info.overview', async () => {
    await invoke(info, { action: 'overview' }, as.anonymous, runtime);
    const revision = await publicationRevision(runtime.store);
    await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.admin, runtime);
    expect(await publicationRevision(runtime.store)).toBe(revision + 1);
    const res = await invoke(info, { action: 'overview' }, as.anonymous, runtime);
    expect(res.ok && (res.data as any).calendar.overrides).toEqual([{ date: '2026-12-01', working: false, note: '停电' }]);
  });

  it('does not bump the revision when a refused edit writes nothing', async () => {
    const revision = await publicationRevision(runtime.store);
    await invoke(admin, { action: 'updateContent', key: 'station', expectedVersion: 99, data: {} }, as.admin, runtime);
    await invoke(admin, { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电' }, as.resident, runtime);
    expect(await publicationRevision(runtime.store)).toBe(revision);
  });
});
