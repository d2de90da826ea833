import { as, booking, call } from '../appointments/harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('appointments: settings', () => {
  it('starts from the defaults', async () => {
    expect(await call(runtime, as.admin, 'settings')).toEqual({ ok: true, data: { capacityPerSlot: 2, slotMinutes: 30, horizonDays: 14, minLeadMinutes: 120, version: 0 } });
  });

  it('changes capacity and horizon, audited, and slots follow', async () => {
    const res = await call(runtime, as.admin, 'updateSettings', { capacityPerSlot: 3, horizonDays: 7, why: '新增一名窗口人员' });
    expect(res.data).toMatchObject({ capacityPerSlot: 3, horizonDays: 7, version: 1 });
    expect(await runtime.store.find('audit', { where: { subject: 'appointments:settings' } }))
      .toMatchObject([{ action: 'appointments.settings', from: { capacityPerSlot: 2 }, to: { capacityPerSlot: 3 }, why: '新增一名窗口人员' }]);
    const slots = await call(runtime, as.resident, 'slots');
    expect(slots.data.horizonEnd).toBe('2026-12-03');
    expect(slots.data.days[0].slots[0]).toMatchObject({ capacity: 3, left: 3 });
  });

  it('writes nothing when nothing changes', async () => {
    const before = await snapshot(runtime.store);
    expect((await call(runtime, as.admin, 'updateSettings', { capacityPerSlot: 2 })).data.version).toBe(0);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses out-of-range values naming the field', async () => {
    expect(await call(runtime, as.admin, 'updateSettings', { slotMinutes: 17 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'slotMinutes' } });
    expect(await call(runtime, as.admin, 'updateSettings', { capacityPerSlot: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'capacityPerSlot' } });
  });

  it('is for the admin only', async () => {
    expect(await call(runtime, as.staff, 'updateSettings', { capacityPerSlot: 5 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(runtime, as.resident, 'settings')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('appointments: closeDay', () => {
  it('closes a day: audited, no slots offered, its bookings asked to reschedule', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const res = await call(runtime, as.admin, 'closeDay', { date: '2026-12-01', reason: '镇普法宣传集市' });
    expect(res).toMatchObject({ ok: true, data: { closure: { date: '2026-12-01', reason: '镇普法宣传集市', closedBy: '示例·赵某' }, needsReschedule: [data.id] } });
    expect(await runtime.store.get('appointments', data.id)).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '当天暂停预约（镇普法宣传集市）' });
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 0 });
    expect(await runtime.store.find('audit', { where: { subject: 'appointments:day:2026-12-01' } })).toMatchObject([{ action: 'appointments.closeDay' }]);
    const slots = await call(runtime, as.resident, 'slots', { date: '2026-12-01' });
    expect(slots.data.days).toEqual([]);
    const refused = await call(runtime, as.resident, 'book', booking({ start: '10:00' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'date' } });
    expect(refused.error.message).toContain('镇普法宣传集市');
    expect((await call(runtime, as.admin, 'closedDays')).data.items).toMatchObject([{ date: '2026-12-01' }]);
  });

  it('refuses closing twice, or a past day, writing nothing', async () => {
    await call(runtime, as.admin, 'closeDay', { date: '2026-12-01', reason: '集市' });
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.admin, 'closeDay', { date: '2026-12-01', reason: '集市' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(runtime, as.admin, 'closeDay', { date: '2026-11-20', reason: '集市' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'date' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('reopens a closed day, audited; reopening an open day is NOT_FOUND', async () => {
    await call(runtime, as.admin, 'closeDay', { date: '2026-12-01', reason: '集市' });
    expect(await call(runtime, as.admin, 'reopenDay', { date: '2026-12-01' })).toEqual({ ok: true, data: { date: '2026-12-01', reopened: true } });
    expect((await call(runtime, as.resident, 'slots', { date: '2026-12-01' })).data.days).toHaveLength(1);
    expect(await call(runtime, as.admin, 'reopenDay', { date: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
