import { as, booking, call } from './harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const held = async () => (await runtime.store.find<any>('appointments', { where: { openid: 'demo-resident' } })).filter((a) => a.status === 'booked');

describe('booking the same slot again under a new request id', () => {
  it('is refused as already booked by you, and writes nothing', async () => {
    expect((await call(runtime, as.resident, 'book', booking())).ok).toBe(true);
    const before = await snapshot(runtime.store);
    const again = await call(runtime, as.resident, 'book', booking());
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('您已经预约了这个时段'), field: 'start' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('books once when two taps with different request ids arrive together', async () => {
    const results = await Promise.all([call(runtime, as.resident, 'book', booking()), call(runtime, as.resident, 'book', booking())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.error.code).toBe('CONFLICT');
    expect(await held()).toHaveLength(1);
    const counter = await runtime.store.get<any>('appointmentSlots', 'slot:2026-12-01:09:00');
    expect(counter.booked).toBe(1);
  });

  it('may book the slot again after cancelling it, and another slot any time', async () => {
    const first = await call(runtime, as.resident, 'book', booking());
    expect((await call(runtime, as.resident, 'book', booking({ start: '09:30' }))).ok).toBe(true);
    await call(runtime, as.resident, 'cancel', { id: first.data.id });
    expect((await call(runtime, as.resident, 'book', booking())).ok).toBe(true);
    expect((await held()).map((a) => a.start).sort()).toEqual(['09:00', '09:30']);
  });
});
