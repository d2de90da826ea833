import { as, at, beijing, call, person, rid } from '../appointments/harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { invoke } from '../../../src/server/core/invoke';
import { inbox } from '../../../src/server/functions/inbox';
import { NOTIFY_ALL_STAFF_MAX } from '../../../src/server/appointments/home-visit-staff';
import type { PlatformIdentity } from '../../../src/server/ports/identity';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const request = (over: Record<string, unknown> = {}) => ({
  basis: 'age70', address: '西山镇西山村 12 号', phone: '13800000000', preferredDays: ['2026-11-30', '2026-11-27'],
  description: '子女赡养问题，行动不便', requestId: rid(), ...over,
});
const clockOf = (id: string) => runtime.store.get('clocks', `appointment:${id}:homeVisit.answer`);

describe('appointments: requestHomeVisit', () => {
  it('accepts the demo resident (75, birth date from the profile) and starts a 1-working-day answer clock', async () => {
    const res = await call(runtime, as.resident, 'requestHomeVisit', request());
    expect(res).toMatchObject({ ok: true, data: {
      kind: 'homeVisit', status: 'requested', statusLabel: '待答复', serviceLabel: '上门服务', date: null,
      homeVisit: { basis: 'age70', age: 75, preferredDays: ['2026-11-27', '2026-11-30'], answerDueAt: beijing('2026-11-27T17:00:00') },
    } });
    expect(await clockOf(res.data.id)).toMatchObject({ state: 'running', rule: { kind: 'workingDays', days: 1 }, dueAt: beijing('2026-11-27T17:00:00'), recipientOpenid: 'demo-resident' });
  });

  it('counts the answer day past the weekend when asked on a Friday', async () => {
    const res = await call(at(runtime, '2026-11-27T15:00:00'), as.resident, 'requestHomeVisit', request({ preferredDays: ['2026-12-01'] }));
    expect(res.data.homeVisit.answerDueAt).toBe(beijing('2026-11-30T17:00:00'));
  });

  it('lets a family member ask for an elder with the elder’s birth date', async () => {
    const forWhom = { name: '李奶奶', relation: '母亲', phone: '13900000000' };
    const res = await call(runtime, person('daughter'), 'requestHomeVisit', request({ birthDate: '1950-06-01', forWhom }));
    expect(res.data).toMatchObject({ forWhom, homeVisit: { age: 76 } });
  });

  it('refuses someone under 70 with NOT_ELIGIBLE, the phone 0791-83280001, and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, as.stranger, 'requestHomeVisit', request({ birthDate: '1960-01-01' }));
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'birthDate' } });
    expect(res.error.message).toContain('0791-83280001');
    expect(res.error.message).toContain('66 岁');
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('accepts a 重度残疾 certificate (level 1 or 2), masked in the answer, whole for staff', async () => {
    const res = await call(runtime, as.stranger, 'requestHomeVisit', request({ basis: 'severeDisability', disabilityCertNo: '36012219800101123X41' }));
    expect(res.data.homeVisit).toMatchObject({ basis: 'severeDisability', disabilityCertNo: '3601************3X41' });
    const staffList = await call(runtime, as.staff, 'homeVisits');
    expect(staffList.data.items[0].homeVisit.disabilityCertNo).toBe('36012219800101123X41');
  });

  it('refuses a level-3 certificate with NOT_ELIGIBLE', async () => {
    const res = await call(runtime, as.stranger, 'requestHomeVisit', request({ basis: 'severeDisability', disabilityCertNo: '36012219800101123443' }));
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', field: 'disabilityCertNo' } });
  });

  it('asks for the birth date (VALIDATION) when booking for someone else without one', async () => {
    const forWhom = { name: '李奶奶', relation: '母亲', phone: '13900000000' };
    expect(await call(runtime, person('daughter'), 'requestHomeVisit', request({ forWhom })))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'birthDate' } });
  });

  it('refuses preferred days in the past', async () => {
    expect(await call(runtime, as.resident, 'requestHomeVisit', request({ preferredDays: ['2026-11-20'] })))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'preferredDays' } });
  });

  it('does not create a second request when retried', async () => {
    const payload = request();
    const first = await call(runtime, as.resident, 'requestHomeVisit', payload);
    expect(await call(runtime, as.resident, 'requestHomeVisit', payload)).toEqual(first);
    expect(await runtime.store.count('appointments')).toBe(1);
    expect(await runtime.store.count('clocks')).toBe(1);
  });
});

describe('appointments: staff hear of a new home-visit request', () => {
  const requestedNotices = async (who: PlatformIdentity) => {
    const res: any = await invoke(inbox, { action: 'list' }, who, runtime);
    return res.ok ? res.data.items.filter((i: { title: string }) => i.title === '新的上门服务申请') : [];
  };

  it('puts 「新的上门服务申请」 with the elder’s name, preferred days and the day-view link in staff and director inboxes, once even when retried', async () => {
    const payload = request();
    const first = await call(runtime, as.resident, 'requestHomeVisit', payload);
    await call(runtime, as.resident, 'requestHomeVisit', payload);
    for (const who of [as.staff, as.director]) {
      const items = await requestedNotices(who);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        link: '/packages/staff/pages/appointments/index', subject: `appointment:${first.data.id}`, dueAt: beijing('2026-11-27T17:00:00'),
      });
      expect(items[0].body).toContain('示例·陈大爷');
      expect(items[0].body).toContain('11月27日（周五）、11月30日（周一）');
    }
    expect(await requestedNotices(as.resident)).toEqual([]);
  });

  it('names the elder, not the family member who asked', async () => {
    const forWhom = { name: '李奶奶', relation: '母亲', phone: '13900000000' };
    await call(runtime, person('daughter'), 'requestHomeVisit', request({ birthDate: '1950-06-01', forWhom }));
    expect((await requestedNotices(as.director))[0].body).toContain('李奶奶申请上门服务');
  });

  it('tells only the directors when the staff list is larger than NOTIFY_ALL_STAFF_MAX', async () => {
    for (let i = 0; i < NOTIFY_ALL_STAFF_MAX; i++) {
      await runtime.store.create('staff', { _id: `staff:extra-${i}`, openid: `extra-${i}`, name: `窗口${i}`, roles: ['staff'], active: true, order: 10 + i });
    }
    await call(runtime, as.resident, 'requestHomeVisit', request());
    expect(await requestedNotices(as.director)).toHaveLength(1);
    expect(await requestedNotices(as.staff)).toEqual([]);
    expect(await requestedNotices({ openid: 'extra-0' })).toEqual([]);
  });
});

describe('appointments: staff answer home visits', () => {
  it('lists requests awaiting an answer for staff', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    const res = await call(runtime, as.staff, 'homeVisits');
    expect(res.data.items.map((a: { id: string; openid: string }) => [a.id, a.openid])).toEqual([[data.id, 'demo-resident']]);
  });

  it('confirms: stops the clock, tells the resident, schedules the reminder, audits', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    const res = await call(runtime, as.staff, 'confirmHomeVisit', { id: data.id, date: '2026-11-30', time: '10:00', note: '张某上门' });
    expect(res).toMatchObject({ ok: true, data: { status: 'confirmed', date: '2026-11-30', start: '10:00', homeVisit: { confirmNote: '张某上门' } } });
    expect(await clockOf(data.id)).toMatchObject({ state: 'stopped' });
    const inbox = await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } });
    expect(inbox.map((i) => i.title)).toEqual(['上门服务已确认']);
    expect(await runtime.store.get('outbox', `appointment:${data.id}:reminder:2026-11-30:10:00`))
      .toMatchObject({ nextAttemptAt: beijing('2026-11-29T10:00:00'), title: '明天上门服务提醒' });
    expect(await runtime.store.find('audit', { where: { subject: `appointment:${data.id}` }, orderBy: [['at', 'asc']] }))
      .toMatchObject([{ action: 'appointment.requestHomeVisit' }, { action: 'appointment.confirm', actor: { staffId: 'staff:demo-staff' } }]);
  });

  it('confirms once when the same staff member taps 确认 twice, and answers the second like the first', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    const visit = { id: data.id, date: '2026-11-30', time: '10:00', note: '张某上门' };
    const first = await call(runtime, as.staff, 'confirmHomeVisit', visit);
    const again = await call(runtime, as.staff, 'confirmHomeVisit', visit);
    expect(first).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect(again).toEqual(first);
    expect((await runtime.store.find('inbox', { where: { recipient: 'openid:demo-resident' } })).map((i) => i.title)).toEqual(['上门服务已确认']);
    expect((await runtime.store.find('audit', { where: { subject: `appointment:${data.id}` } })).filter((a) => a.action === 'appointment.confirm')).toHaveLength(1);
    expect(await call(runtime, as.staff, 'confirmHomeVisit', { ...visit, time: '11:00' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('proposes another time; the resident accepts it and the visit is confirmed', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    const proposed = await call(runtime, as.staff, 'proposeHomeVisit', { id: data.id, date: '2026-12-01', time: '14:00', note: '30日需外出办案' });
    expect(proposed.data).toMatchObject({ status: 'proposed', homeVisit: { proposal: { date: '2026-12-01', time: '14:00' } } });
    expect(await clockOf(data.id)).toMatchObject({ state: 'stopped' });
    const accepted = await call(runtime, as.resident, 'acceptProposal', { id: data.id });
    expect(accepted.data).toMatchObject({ status: 'confirmed', date: '2026-12-01', start: '14:00' });
  });

  it('refuses a visit time outside office hours, on a day off or in the past', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    const before = await snapshot(runtime.store);
    expect(await call(runtime, as.staff, 'confirmHomeVisit', { id: data.id, date: '2026-11-30', time: '12:30' })).toMatchObject({ ok: false, error: { field: 'time' } });
    expect(await call(runtime, as.staff, 'confirmHomeVisit', { id: data.id, date: '2026-11-29', time: '10:00' })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(await call(runtime, as.staff, 'confirmHomeVisit', { id: data.id, date: '2026-11-25', time: '10:00' })).toMatchObject({ ok: false, error: { field: 'time' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses to accept when nothing was proposed', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    expect(await call(runtime, as.resident, 'acceptProposal', { id: data.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('stops the clock when the resident cancels an unanswered request', async () => {
    const { data } = await call(runtime, as.resident, 'requestHomeVisit', request());
    await call(runtime, as.resident, 'cancel', { id: data.id });
    expect(await clockOf(data.id)).toMatchObject({ state: 'stopped' });
  });

  it('refuses to confirm an office booking as a home visit', async () => {
    const { data } = await call(runtime, as.resident, 'book', { service: 'consultation', date: '2026-12-01', start: '09:00', requestId: rid() });
    expect(await call(runtime, as.staff, 'confirmHomeVisit', { id: data.id, date: '2026-12-01', time: '10:00' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
