import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { as, at, booking, call, person } from '../appointments/harness';
import { createTestRuntime, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const adminCall = (rt: TestRuntime, event: Record<string, unknown>) => invoke(admin, event, as.admin, rt) as Promise<any>;
const dayOff = { action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '镇政府停电' };

describe('a calendar override that turns a day off moves that day\'s office bookings', () => {
  it('makes every booking of the day needsReschedule, frees the places and tells each resident why', async () => {
    const a = await call(runtime, person('a'), 'book', booking({ start: '09:00' }));
    const b = await call(runtime, person('b'), 'book', booking({ start: '14:00' }));
    const other = await call(runtime, person('c'), 'book', booking({ date: '2026-12-02', start: '09:00' }));
    const res = await adminCall(runtime, dayOff);
    expect(res.ok).toBe(true);
    expect([...res.data.needsReschedule].sort()).toEqual([a.data.id, b.data.id].sort());
    for (const id of [a.data.id, b.data.id]) {
      expect(await runtime.store.get('appointments', id)).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '当天工作站休息（镇政府停电）' });
    }
    expect(await runtime.store.get('appointments', other.data.id)).toMatchObject({ status: 'booked' });
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 0 });
    const inbox = await runtime.store.find<any>('inbox', { where: { recipient: 'openid:a' } });
    expect(inbox.find((i) => i.title === '预约需要改期')?.body).toContain('当天工作站休息（镇政府停电）');
    const mine = await call(runtime, person('a'), 'mine');
    expect(mine.data.items[0]).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '当天工作站休息（镇政府停电）' });
  });

  it('lets the resident pick a new time on a working day', async () => {
    const a = await call(runtime, person('a'), 'book', booking({ start: '09:00' }));
    await adminCall(runtime, dayOff);
    const res = await call(runtime, person('a'), 'reschedule', { id: a.data.id, date: '2026-12-02', start: '10:00', requestId: 'req-move-0001' });
    expect(res).toMatchObject({ ok: true, data: { status: 'booked', date: '2026-12-02', start: '10:00' } });
  });

  it('moves the bookings when removing an override makes a 调休 Saturday a day off again', async () => {
    await adminCall(runtime, { action: 'setCalendarOverride', date: '2026-11-28', working: true, note: '周六集中调解' });
    const a = await call(runtime, person('a'), 'book', booking({ date: '2026-11-28', start: '09:00' }));
    expect(a.ok).toBe(true);
    const res = await adminCall(runtime, { action: 'removeCalendarOverride', date: '2026-11-28' });
    expect(res.data.needsReschedule).toEqual([a.data.id]);
    expect(await runtime.store.get('appointments', a.data.id)).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '当天工作站休息（周六集中调解）' });
  });

  it('leaves bookings alone when the override keeps the day working', async () => {
    const a = await call(runtime, person('a'), 'book', booking({ start: '09:00' }));
    const res = await adminCall(runtime, { ...dayOff, working: true, note: '照常办公' });
    expect(res.data.needsReschedule).toEqual([]);
    expect(await runtime.store.get('appointments', a.data.id)).toMatchObject({ status: 'booked' });
  });

  it('leaves today\'s bookings that have already begun, and moves the later ones', async () => {
    const early = await call(runtime, person('a'), 'book', booking({ start: '09:00' }));
    const late = await call(runtime, person('b'), 'book', booking({ start: '15:00' }));
    const res = await adminCall(at(runtime, '2026-12-01T10:00:00') as TestRuntime, dayOff);
    expect(res.data.needsReschedule).toEqual([late.data.id]);
    expect(await runtime.store.get('appointments', early.data.id)).toMatchObject({ status: 'booked' });
  });
});
