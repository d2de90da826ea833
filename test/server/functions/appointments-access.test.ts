import { as, booking, call, person, rid } from '../appointments/harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
let mineId: string;
let visitId: string;
const residentB = person('resident-b');

beforeEach(async () => {
  runtime = await createTestRuntime();
  mineId = (await call(runtime, as.resident, 'book', booking())).data.id;
  visitId = (await call(runtime, as.resident, 'requestHomeVisit', {
    basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2026-11-30'], description: '赡养纠纷', requestId: rid(),
  })).data.id;
  await call(runtime, as.staff, 'proposeHomeVisit', { id: visitId, date: '2026-12-01', time: '14:00', note: '上午外出' });
});
afterEach(() => runtime.store.close());

describe("appointments: resident B and resident A's records", () => {
  it('does not list A’s bookings to B', async () => {
    expect((await call(runtime, residentB, 'mine')).data.items).toEqual([]);
  });

  it.each([
    ['cancel', () => ({ id: mineId })],
    ['reschedule', () => ({ id: mineId, date: '2026-12-02', start: '09:00', requestId: rid() })],
    ['acceptProposal', () => ({ id: visitId })],
    ['cancel', () => ({ id: visitId })],
  ])('answers %s on A’s id with NOT_FOUND, exactly as for a missing id, and writes nothing', async (action, payload) => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, residentB, action, payload());
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个预约，请刷新后再试', field: 'id' } });
    expect(await call(runtime, residentB, action, { ...payload(), id: 'appt:no-such-thing' })).toEqual(res);
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('appointments: staff and admin actions called by a resident', () => {
  it.each([
    ['day', { date: '2026-12-01' }],
    ['homeVisits', {}],
    ['confirmHomeVisit', { id: 'VISIT', date: '2026-12-01', time: '10:00' }],
    ['proposeHomeVisit', { id: 'VISIT', date: '2026-12-01', time: '10:00', note: '改到上午' }],
    ['markAttended', { id: 'MINE' }],
    ['markNoShow', { id: 'MINE' }],
    ['recordOutcome', { id: 'MINE', outcome: '…', needsFollowUp: true }],
    ['registerAbsence', { date: '2026-12-01', from: '09:00', to: '12:00', reason: '外出' }],
    ['settings', {}],
    ['updateSettings', { capacityPerSlot: 9 }],
    ['closeDay', { date: '2026-12-01', reason: '集市' }],
    ['reopenDay', { date: '2026-12-01' }],
    ['closedDays', {}],
  ])('refuses %s with FORBIDDEN and writes nothing', async (action, payload) => {
    const withIds = JSON.parse(JSON.stringify(payload).replace('VISIT', visitId).replace('MINE', mineId));
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.resident, action, withIds)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses admin actions to plain staff', async () => {
    expect(await call(runtime, as.staff, 'closeDay', { date: '2026-12-01', reason: '集市' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers an unknown action clearly', async () => {
    expect(await call(runtime, as.resident, 'bookEverything')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });
});
