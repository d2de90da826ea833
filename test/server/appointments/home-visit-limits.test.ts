import { as, at, call, rid } from './harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { HOME_VISIT_MONTHLY_LIMIT, homeVisitRefusal } from '../../../src/domain/limits';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const request = (over: Record<string, unknown> = {}) => ({
  basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2026-11-30'],
  description: '子女赡养问题，行动不便', requestId: rid(), ...over,
});

describe('limits on home-visit requests per resident', () => {
  it('keeps one request open at a time: a second is RATE_LIMITED in Chinese and writes nothing', async () => {
    expect((await call(runtime, as.resident, 'requestHomeVisit', request())).ok).toBe(true);
    const before = await snapshot(runtime.store);
    const second = await call(runtime, as.resident, 'requestHomeVisit', request({ description: '另一件事' }));
    expect(second).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('已有一个上门服务申请在办理中') } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('lets two requests sent at once (different request ids) make only one', async () => {
    const results = await Promise.all([call(runtime, as.resident, 'requestHomeVisit', request()), call(runtime, as.resident, 'requestHomeVisit', request())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.error.code).toBe('RATE_LIMITED');
    expect(await runtime.store.count('appointments', { kind: 'homeVisit' })).toBe(1);
  });

  it('allows a new request once the open one is cancelled, up to the monthly limit, and again next month', async () => {
    for (let i = 0; i < HOME_VISIT_MONTHLY_LIMIT; i++) {
      const made = await call(runtime, as.resident, 'requestHomeVisit', request());
      expect(made.ok).toBe(true);
      expect((await call(runtime, as.resident, 'cancel', { id: made.data.id })).ok).toBe(true);
    }
    const over = await call(runtime, as.resident, 'requestHomeVisit', request());
    expect(over).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('本月已经申请了 3 次') } });
    const nextMonth = at(runtime, '2026-12-01T10:00:00');
    expect((await call(nextMonth, as.resident, 'requestHomeVisit', request({ preferredDays: ['2026-12-03'] }))).ok).toBe(true);
  });

  it('answers a retried tap (same request id) with the first request, not a refusal', async () => {
    const payload = request();
    const first = await call(runtime, as.resident, 'requestHomeVisit', payload);
    expect(await call(runtime, as.resident, 'requestHomeVisit', payload)).toEqual(first);
  });

  it('counts per resident: another resident may still ask', async () => {
    expect((await call(runtime, as.resident, 'requestHomeVisit', request())).ok).toBe(true);
    expect((await call(runtime, as.stranger, 'requestHomeVisit', request({ birthDate: '1950-02-01' }))).ok).toBe(true);
  });
});

describe('homeVisitRefusal', () => {
  it('refuses an open request first, then the month, and lets the rest through', () => {
    expect(homeVisitRefusal({ open: 1, thisMonth: 0 })).toMatch(/在办理中/);
    expect(homeVisitRefusal({ open: 0, thisMonth: 3 })).toMatch(/下个月/);
    expect(homeVisitRefusal({ open: 0, thisMonth: 2 })).toBeNull();
  });
});
