import { functions } from '../../../src/server/functions';
import { appointments } from '../../../src/server/functions/appointments';
import { as, at, beijing, booking, call, person, rid } from '../appointments/harness';
import { createTestRuntime, FIXED_NOW, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('appointments: services and slots', () => {
  it('is listed among the functions', () => {
    expect(functions).toContain(appointments);
  });

  it('lists the five services in the station’s words', async () => {
    const res = await call(runtime, as.resident, 'services');
    expect(res.data.services.map((s: { label: string }) => s.label)).toEqual(['法律咨询', '法律援助申请', '人民调解', '公证咨询', '其他']);
  });

  it('offers working days only, today from 13:30 (2 h lead, lunch excluded), up to the 14-day horizon', async () => {
    const res = await call(runtime, as.resident, 'slots');
    expect(res.ok).toBe(true);
    const dates = res.data.days.map((d: { date: string }) => d.date);
    expect(dates[0]).toBe('2026-11-26');
    expect(dates).not.toContain('2026-11-28');
    expect(dates).not.toContain('2026-11-29');
    expect(dates[dates.length - 1]).toBe('2026-12-10');
    expect(res.data.days[0].slots[0]).toEqual({ start: '13:30', end: '14:00', capacity: 2, left: 2 });
    expect(res.data).toMatchObject({ horizonEnd: '2026-12-10', minLeadMinutes: 120, serverNow: FIXED_NOW });
  });

  it('offers the 调休 Saturday 2026-10-10 and not the 国庆 holiday', async () => {
    const res = await call(at(runtime, '2026-09-30T10:00:00'), as.resident, 'slots', { from: '2026-10-01', to: '2026-10-12' });
    expect(res.data.days.map((d: { date: string; reason: string }) => [d.date, d.reason])).toEqual([
      ['2026-10-08', 'weekday'], ['2026-10-09', 'weekday'], ['2026-10-10', 'adjustedWorkday'], ['2026-10-12', 'weekday'],
    ]);
  });

  it('shows a full slot with no places left', async () => {
    await call(runtime, person('a'), 'book', booking());
    await call(runtime, person('b'), 'book', booking());
    const res = await call(runtime, as.resident, 'slots', { date: '2026-12-01' });
    expect(res.data.days[0].slots[0]).toEqual({ start: '09:00', end: '09:30', capacity: 2, left: 0 });
  });
});

describe('appointments: book', () => {
  it('books a slot, counts the place, confirms in the inbox and schedules the reminder for the day before', async () => {
    const res = await call(runtime, as.resident, 'book', booking({ note: '遗产继承' }));
    expect(res).toMatchObject({ ok: true, data: { kind: 'office', status: 'booked', statusLabel: '已预约', serviceLabel: '法律咨询', date: '2026-12-01', start: '09:00', end: '09:30', note: '遗产继承' } });
    const id = res.data.id;
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 1, withdrawn: 0 });
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ title: '预约成功', subject: `appointment:${id}` });
    const reminder = await runtime.store.get('outbox', `appointment:${id}:reminder:2026-12-01:09:00`);
    expect(reminder).toMatchObject({ state: 'pending', purpose: 'appointmentReminder', nextAttemptAt: beijing('2026-11-30T10:00:00') });
    const audit = await runtime.store.find('audit', { where: { subject: `appointment:${id}` } });
    expect(audit).toMatchObject([{ action: 'appointment.book', to: { status: 'booked' } }]);
  });

  it('records who booked for whom when a family member books for an elder', async () => {
    const forWhom = { name: '陈大爷', relation: '父亲', phone: '13800000000' };
    const res = await call(runtime, person('son'), 'book', booking({ forWhom }));
    expect(res.data.forWhom).toEqual(forWhom);
    expect(await runtime.store.get('appointments', res.data.id)).toMatchObject({ openid: 'son', forWhom });
  });

  it('answers SLOT_FULL 「该时段已约满」 once the places are taken, and writes nothing', async () => {
    await call(runtime, person('a'), 'book', booking());
    await call(runtime, person('b'), 'book', booking());
    const before = await snapshot(runtime.store);
    expect(await call(runtime, person('c'), 'book', booking())).toEqual({
      ok: false, error: { code: 'SLOT_FULL', message: '该时段已约满，请选择其他时间', field: 'start' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('does not book twice when the same request is retried', async () => {
    const payload = booking();
    const first = await call(runtime, as.resident, 'book', payload);
    const again = await call(runtime, as.resident, 'book', payload);
    expect(again).toEqual(first);
    expect(await runtime.store.count('appointments')).toBe(1);
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 1 });
  });

  it('treats the same request id from another person as a new request', async () => {
    const payload = booking();
    await call(runtime, person('a'), 'book', payload);
    expect((await call(runtime, person('b'), 'book', payload)).ok).toBe(true);
    expect(await runtime.store.count('appointments')).toBe(2);
  });

  it.each([
    ['a slot that does not exist', { start: '12:30' }, 'start', '没有这个预约时段'],
    ['a past slot', { date: '2026-11-25' }, 'start', '已经过去'],
    ['a slot starting too soon', { date: '2026-11-26', start: '11:00' }, 'start', '提前 120 分钟'],
    ['a Sunday', { date: '2026-11-29' }, 'date', '不办公'],
    ['a day beyond the horizon', { date: '2026-12-11' }, 'date', '14 天以内'],
  ])('refuses %s with NOT_FOUND naming the field, and writes nothing', async (_what, over, field, words) => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, as.resident, 'book', booking(over));
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field } });
    expect(res.error.message).toContain(words);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it.each([
    ['an unknown service', { service: 'divorce' }, 'service'],
    ['a malformed time', { start: '9点' }, 'start'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['a short request id', { requestId: 'x' }, 'requestId'],
    ['an unknown field', { price: 0 }, 'price'],
    ['a bad phone for the elder', { forWhom: { name: '陈大爷', relation: '父亲', phone: '123' } }, 'forWhom.phone'],
  ])('refuses %s with VALIDATION naming the field', async (_what, over, field) => {
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.resident, 'book', booking(over))).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(await call(runtime, as.anonymous, 'book', booking())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('allows at most 3 upcoming bookings per person', async () => {
    for (const start of ['09:00', '09:30', '10:00']) expect((await call(runtime, as.resident, 'book', booking({ start }))).ok).toBe(true);
    const res = await call(runtime, as.resident, 'book', booking({ start: '10:30' }));
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(res.error.message).toContain('3 个未到的预约');
  });
});

describe('appointments: mine, cancel, reschedule', () => {
  it('lists only my own appointments, upcoming first', async () => {
    const later = await call(runtime, as.resident, 'book', booking({ date: '2026-12-02' }));
    const sooner = await call(runtime, as.resident, 'book', booking({ date: '2026-11-27' }));
    await call(runtime, person('other'), 'book', booking());
    await call(runtime, as.resident, 'cancel', { id: sooner.data.id });
    const mine = await call(runtime, as.resident, 'mine');
    expect(mine.data.items.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [later.data.id, 'booked'], [sooner.data.id, 'cancelled'],
    ]);
  });

  it('cancels: frees the place at once, withdraws the reminder, audits', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const res = await call(runtime, as.resident, 'cancel', { id: data.id, reason: '临时有事' });
    expect(res).toMatchObject({ ok: true, data: { status: 'cancelled', statusLabel: '已取消' } });
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 0 });
    expect(await runtime.store.get('outbox', `appointment:${data.id}:reminder:2026-12-01:09:00`)).toBeNull();
    expect(await runtime.store.find('audit', { where: { subject: `appointment:${data.id}` }, orderBy: [['at', 'asc']] }))
      .toMatchObject([{ action: 'appointment.book' }, { action: 'appointment.cancel', from: { status: 'booked' }, to: { status: 'cancelled' }, why: '临时有事' }]);
  });

  it('refuses to cancel twice with CONFLICT and writes nothing', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    await call(runtime, as.resident, 'cancel', { id: data.id });
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.resident, 'cancel', { id: data.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个预约目前「已取消」，不能取消' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('reschedules: takes the new place, gives back the old, moves the reminder; retry does nothing more', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const payload = { id: data.id, date: '2026-12-02', start: '14:00', requestId: rid() };
    const res = await call(runtime, as.resident, 'reschedule', payload);
    expect(res).toMatchObject({ ok: true, data: { id: data.id, status: 'booked', date: '2026-12-02', start: '14:00', end: '14:30' } });
    expect(await call(runtime, as.resident, 'reschedule', payload)).toEqual(res);
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-01:09:00')).toMatchObject({ booked: 0 });
    expect(await runtime.store.get('appointmentSlots', 'slot:2026-12-02:14:00')).toMatchObject({ booked: 1 });
    expect(await runtime.store.get('outbox', `appointment:${data.id}:reminder:2026-12-01:09:00`)).toBeNull();
    expect(await runtime.store.get('outbox', `appointment:${data.id}:reminder:2026-12-02:14:00`)).toMatchObject({ state: 'pending' });
  });

  it('refuses to reschedule into a full slot, keeping the booking where it was', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    await call(runtime, person('a'), 'book', booking({ start: '10:00' }));
    await call(runtime, person('b'), 'book', booking({ start: '10:00' }));
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.resident, 'reschedule', { id: data.id, date: '2026-12-01', start: '10:00', requestId: rid() }))
      .toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses to reschedule to a day off', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    expect(await call(runtime, as.resident, 'reschedule', { id: data.id, date: '2026-11-28', start: '09:00', requestId: rid() }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'date' } });
  });
});
