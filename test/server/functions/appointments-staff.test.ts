import { as, at, booking, call, person, rid } from '../appointments/harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('appointments: staff day view and attendance', () => {
  it('shows a day’s slots with counts and its bookings by start, for staff only', async () => {
    const b = await call(runtime, as.resident, 'book', booking({ start: '10:00' }));
    await call(runtime, person('a'), 'book', booking({ start: '09:00' }));
    const res = await call(runtime, as.staff, 'day', { date: '2026-12-01' });
    expect(res.data).toMatchObject({ date: '2026-12-01', working: true, absences: [], homeVisits: [] });
    expect(res.data.slots).toHaveLength(13);
    expect(res.data.slots[2]).toEqual({ start: '10:00', end: '10:30', capacity: 2, booked: 1 });
    expect(res.data.bookings.map((x: { start: string; openid: string }) => [x.start, x.openid])).toEqual([['09:00', 'a'], ['10:00', 'demo-resident']]);
    expect(res.data.bookings[1].id).toBe(b.data.id);
  });

  it('marks attended only from the day on, then records the outcome once, opening a follow-up ticket', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    expect(await call(runtime, as.staff, 'markAttended', { id: data.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const onTheDay = at(runtime, '2026-12-01T09:05:00');
    expect(await call(onTheDay, as.staff, 'markAttended', { id: data.id })).toMatchObject({ ok: true, data: { status: 'attended' } });
    const res = await call(onTheDay, as.staff, 'recordOutcome', { id: data.id, outcome: '解答继承问题，需协助申请法律援助', needsFollowUp: true });
    expect(res.data.outcome).toMatchObject({ needsFollowUp: true, ticketId: res.data.ticketId, recordedBy: '示例·张某' });
    expect(await runtime.store.get('tickets', res.data.ticketId)).toMatchObject({ channel: 'walkIn', content: '解答继承问题，需协助申请法律援助' });
    expect(await call(onTheDay, as.staff, 'recordOutcome', { id: data.id, outcome: '再记一次', needsFollowUp: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records an outcome without follow-up without opening a ticket', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const onTheDay = at(runtime, '2026-12-01T09:05:00');
    await call(onTheDay, as.staff, 'markAttended', { id: data.id });
    const res = await call(onTheDay, as.staff, 'recordOutcome', { id: data.id, outcome: '当场解答', needsFollowUp: false });
    expect(res.data.ticketId).toBeUndefined();
    expect(await runtime.store.count('tickets')).toBe(0);
  });

  it('refuses an outcome before the visit is attended', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.staff, 'recordOutcome', { id: data.id, outcome: '…', needsFollowUp: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('marks a no-show only after the start', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    expect(await call(at(runtime, '2026-12-01T08:59:00'), as.staff, 'markNoShow', { id: data.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(at(runtime, '2026-12-01T09:40:00'), as.staff, 'markNoShow', { id: data.id })).toMatchObject({ ok: true, data: { status: 'noShow' } });
  });
});

describe('appointments: registerAbsence (外出办案)', () => {
  const absence = { date: '2026-12-01', from: '10:15', to: '11:00', reason: '随案外出调查取证' };

  it('takes one place out of each overlapping slot and moves the latest booking that no longer fits', async () => {
    const first = await call(runtime, person('a'), 'book', booking({ start: '10:00' }));
    const latest = await call(at(runtime, '2026-11-26T10:05:00'), person('b'), 'book', booking({ start: '10:00' }));
    const res = await call(runtime, as.staff, 'registerAbsence', absence);
    expect(res).toMatchObject({ ok: true, data: {
      absence: { staffId: 'staff:demo-staff', staffName: '示例·张某', date: '2026-12-01', from: '10:15', to: '11:00' },
      slotsAffected: ['10:00', '10:30'], needsReschedule: [latest.data.id],
    } });
    expect(await runtime.store.get('appointments', first.data.id)).toMatchObject({ status: 'booked' });
    expect(await runtime.store.get('appointments', latest.data.id)).toMatchObject({ status: 'needsReschedule', needsRescheduleReason: '工作人员外出办案' });
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'openid:b' } });
    expect(inbox.map((i) => i.title)).toContain('预约需要改期');
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:10:00')).toMatchObject({ booked: 1, withdrawn: 1 });
    const slots = await call(runtime, as.resident, 'slots', { date: '2026-12-01' });
    expect(slots.data.days[0].slots.find((s: { start: string }) => s.start === '10:30')).toEqual({ start: '10:30', end: '11:00', capacity: 1, left: 1 });
    const mine = await call(runtime, person('b'), 'mine');
    expect(mine.data.items[0]).toMatchObject({ status: 'needsReschedule', statusLabel: '需改约', needsRescheduleReason: '工作人员外出办案' });
  });

  it('lets the displaced resident pick a new time', async () => {
    await call(runtime, person('a'), 'book', booking({ start: '10:00' }));
    const latest = await call(at(runtime, '2026-11-26T10:05:00'), person('b'), 'book', booking({ start: '10:00' }));
    await call(runtime, as.staff, 'registerAbsence', absence);
    const res = await call(runtime, person('b'), 'reschedule', { id: latest.data.id, date: '2026-12-02', start: '10:00', requestId: rid() });
    expect(res).toMatchObject({ ok: true, data: { status: 'booked', date: '2026-12-02' } });
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:10:00')).toMatchObject({ booked: 1 });
  });

  it('makes a slot unbookable when every staff member is out', async () => {
    await call(runtime, as.staff, 'registerAbsence', absence);
    await call(runtime, as.director, 'registerAbsence', absence);
    expect(await call(runtime, as.resident, 'book', booking({ start: '10:30' }))).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  });

  it('refuses an absence that overlaps one already registered, one in the past, or on a day off, writing nothing', async () => {
    await call(runtime, as.staff, 'registerAbsence', absence);
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.staff, 'registerAbsence', { ...absence, from: '10:45', to: '12:00' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(runtime, as.staff, 'registerAbsence', { ...absence, date: '2026-11-26', from: '09:00', to: '09:30' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'from' } });
    expect(await call(runtime, as.staff, 'registerAbsence', { ...absence, date: '2026-11-29' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'date' } });
    expect(await call(runtime, as.staff, 'registerAbsence', { ...absence, from: '11:00', to: '10:00' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('shows the absence in the day view with the reduced capacity', async () => {
    await call(runtime, as.staff, 'registerAbsence', absence);
    const day = await call(runtime, as.director, 'day', { date: '2026-12-01' });
    expect(day.data.absences).toMatchObject([{ staffName: '示例·张某', from: '10:15', to: '11:00' }]);
    expect(day.data.slots.find((s: { start: string }) => s.start === '10:00')).toMatchObject({ capacity: 1 });
  });
});
