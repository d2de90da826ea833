import { invoke } from '../../../src/server/core/invoke';
import { inbox } from '../../../src/server/functions/inbox';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { as, at, call, rid } from '../appointments/harness';
import { createTestRuntime, type TestRuntime } from '../../support/runtime';
import type { Runtime } from '../../../src/server/core/define';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime(); // Thursday 2026-11-26 10:00; the answer is due Friday 17:00
});
afterEach(() => runtime.store.close());

const request = () => ({
  basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2026-11-30'], description: '赡养纠纷', requestId: rid(),
});
const requestEntry = async (rt: Runtime, who: PlatformIdentity) => {
  const res: any = await invoke(inbox, { action: 'list' }, who, rt);
  return res.data.items.find((i: { title: string }) => i.title === '新的上门服务申请');
};

describe('an answered home-visit request in 我的待办 (issue 9 §4)', () => {
  it.each([
    ['confirmed', 'confirmHomeVisit', { date: '2026-11-30', time: '10:00' }],
    ['answered with another time', 'proposeHomeVisit', { date: '2026-12-01', time: '14:00', note: '上午外出办案' }],
  ])('is not 「已超期」 after its answer day once %s', async (_how, action, payload) => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    expect((await call(at(runtime, '2026-11-26T11:00:00'), as.staff, action, { id: data.id, ...payload })).ok).toBe(true);
    const later = at(runtime, '2026-11-30T09:00:00');
    for (const who of [as.staff, as.director]) {
      expect(await requestEntry(later, who)).toMatchObject({ overdue: false, dueAt: null, settled: true });
    }
  });

  it('is no longer counted down once the resident cancelled it', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    expect((await call(runtime, as.resident, 'cancel', { id: data.id })).ok).toBe(true);
    expect(await requestEntry(at(runtime, '2026-11-30T09:00:00'), as.staff)).toMatchObject({ overdue: false, settled: true });
  });

  it('still says 「已超期」 when nobody answered', async () => {
    await call(runtime, as.resident, 'requestHomeVisit', request());
    const entry = await requestEntry(at(runtime, '2026-11-30T09:00:00'), as.staff);
    expect(entry).toMatchObject({ overdue: true, dueAt: Date.parse('2026-11-27T17:00:00+08:00') });
    expect(entry.settled).toBeUndefined();
  });
});
