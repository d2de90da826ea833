import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import { APPOINTMENT_PAGES } from '../../../src/shared/appointments';
import { as, at, booking, call, person } from '../appointments/harness';
import { createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const ON_THE_DAY = '2026-12-01T09:05:00';

/** Books, marks attended on the day, and records an outcome that needs follow-up. */
async function followUp(over: Record<string, unknown>, who = as.resident) {
  const { data } = await call(runtime, who, 'book', booking(over));
  const day = at(runtime, ON_THE_DAY);
  await call(day, as.staff, 'markAttended', { id: data.id });
  return call(day, as.staff, 'recordOutcome', { id: data.id, outcome: '已解答，需协助准备申请材料', needsFollowUp: true });
}

describe('appointments: the booker on the confirm screen', () => {
  it('stores the booker\'s name and phone and shows them to staff in the day view', async () => {
    const res = await call(runtime, as.resident, 'book', booking({ booker: { name: '陈大爷', phone: '13912345678' } }));
    expect(res).toMatchObject({ ok: true, data: { booker: { name: '陈大爷', phone: '13912345678' } } });
    const day = await call(runtime, as.staff, 'day', { date: '2026-12-01' });
    expect(day.data.bookings[0]).toMatchObject({ booker: { name: '陈大爷', phone: '13912345678' }, openid: 'demo-resident' });
  });

  it('shows a resident their own booker details and never another resident\'s booking', async () => {
    await call(runtime, as.resident, 'book', booking({ booker: { name: '陈大爷', phone: '13912345678' } }));
    expect((await call(runtime, as.resident, 'mine')).data.items[0].booker).toEqual({ name: '陈大爷', phone: '13912345678' });
    expect((await call(runtime, person('b'), 'mine')).data.items).toEqual([]);
    expect(await call(runtime, as.resident, 'day', { date: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps only the name when no phone is given', async () => {
    const res = await call(runtime, as.resident, 'book', booking({ booker: { name: '陈大爷' } }));
    expect(res.data.booker).toEqual({ name: '陈大爷' });
  });

  it('refuses a bad booker phone with its field named, and books nothing', async () => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, as.resident, 'book', booking({ booker: { name: '陈大爷', phone: '12345' } }));
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'booker.phone' } });
    expect(res.error.message).toContain('您的电话');
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('sends home-visit answer clocks to the staff day view, a page that exists', () => {
    expect(APPOINTMENT_PAGES.staffHomeVisits).toBe('/packages/staff/pages/appointments/index');
  });
});

describe('appointments: an outcome that needs follow-up opens a ticket', () => {
  it.each([
    ['consultation', 'consultation', undefined],
    ['legalAid', 'legalAid', undefined],
    ['mediation', 'mediation', undefined],
    ['notary', 'guidance', 'notary'],
    ['other', 'other', undefined],
  ])('opens a %s visit\'s follow-up as a %s ticket', async (service, type, topic) => {
    const res = await followUp({ service });
    const ticket = await runtime.store.get<any>('tickets', res.data.ticketId);
    expect(ticket.type).toBe(type);
    expect(ticket.topic).toBe(topic);
  });

  it('registers it as a walk-in with the recording staff member as first responder, its clock running, linked both ways', async () => {
    const res = await followUp({ service: 'legalAid', booker: { name: '陈大爷', phone: '13912345678' } });
    expect(res.ok).toBe(true);
    const ticket = await runtime.store.get<any>('tickets', res.data.ticketId);
    expect(ticket).toMatchObject({
      channel: 'walkIn', status: 'processing', content: '已解答，需协助准备申请材料', ownerOpenid: 'demo-resident',
      firstResponder: { staffId: 'staff:demo-staff', name: '示例·张某' }, assignee: { staffId: 'staff:demo-staff' },
      contact: { name: '陈大爷', phone: '13912345678' },
    });
    expect(ticket.clock).not.toBeNull();
    expect(await runtime.store.get('appointments', res.data.id)).toMatchObject({ ticketId: ticket._id, outcome: { ticketId: ticket._id } });
    const staffView = await invoke(tickets, { action: 'get', id: ticket._id }, as.staff, runtime);
    expect(staffView).toMatchObject({ ok: true, data: { type: 'legalAid', channel: 'walkIn' } });
  });

  it('lets the resident follow the ticket in 我的事项, and not another resident', async () => {
    const res = await followUp({ service: 'mediation' });
    const mine = await invoke(tickets, { action: 'mine' }, as.resident, runtime) as any;
    expect(mine.data.items.map((t: { id: string }) => t.id)).toEqual([res.data.ticketId]);
    expect(await invoke(tickets, { action: 'get', id: res.data.ticketId }, person('b'), runtime)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('takes the family member\'s elder as the ticket\'s contact', async () => {
    const res = await followUp({ forWhom: { name: '王秀英', relation: '母亲', phone: '13900001111' } });
    expect(await runtime.store.get('tickets', res.data.ticketId)).toMatchObject({ contact: { name: '王秀英', phone: '13900001111' } });
  });

  it('writes neither the outcome nor a ticket when the outcome is refused', async () => {
    const { data } = await call(runtime, as.resident, 'book', booking());
    const before = await snapshot(runtime.store);
    const res = await call(at(runtime, ON_THE_DAY), as.staff, 'recordOutcome', { id: data.id, outcome: '…', needsFollowUp: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
