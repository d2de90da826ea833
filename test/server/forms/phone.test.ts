import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { call as ticketCall, complaintPayload, data, rid as ticketRid } from '../tickets/helpers';
import { call as apptCall, booking, rid } from '../appointments/harness';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const stored = (collection: string, id: string) => runtime.store.get<any>(collection, id);

describe('every phone field takes mobiles and landlines with area code (one rule, server side)', () => {
  it('keeps a complainant’s 12-digit landline whole, written as the station dials it', async () => {
    const res = await ticketCall(runtime, 'submit', { ...complaintPayload(), phone: '0791 8328 0002' }, as.resident);
    const { ticket } = data(res);
    expect((await stored('tickets', ticket.id)).contact.phone).toBe('0791-83280002');
  });

  it('keeps a question’s landline typed without the dash', async () => {
    const res = await ticketCall(runtime, 'submit', { type: 'consultation', content: '宅基地纠纷怎么办？', phone: '079183280002', requestId: ticketRid() }, as.resident);
    expect((await stored('tickets', data(res).ticket.id)).contact.phone).toBe('0791-83280002');
  });

  it('takes a landline on a staff registration of a phone call', async () => {
    const res = await ticketCall(runtime, 'register', {
      requestId: ticketRid(), channel: 'phone', type: 'consultation', content: '来电咨询', contact: { name: '王某', phone: '(0791)83280002' },
    }, as.staff);
    expect((await stored('tickets', data(res).ticket.id)).contact.phone).toBe('0791-83280002');
  });

  it('takes a landline for the booker and the family member of a booking, and for a home visit', async () => {
    const b = await apptCall(runtime, as.stranger, 'book', booking({
      booker: { name: '王某', phone: '0791-83280002' },
      forWhom: { name: '李奶奶', relation: '母亲', phone: '079183280003' },
    }));
    expect(b.ok).toBe(true);
    expect(b.data.booker.phone).toBe('0791-83280002');
    expect(b.data.forWhom.phone).toBe('0791-83280003');
    const hv = await apptCall(runtime, as.resident, 'requestHomeVisit', {
      basis: 'age70', address: '西山镇西山村 12 号', phone: '0791 83280002', preferredDays: ['2026-11-30'], description: '赡养纠纷', requestId: rid(),
    });
    expect(hv.ok).toBe(true);
    expect(hv.data.homeVisit.phone).toBe('0791-83280002');
  });

  it('refuses a number without area code in Chinese, naming the field, and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    expect(await ticketCall(runtime, 'submit', { ...complaintPayload(), phone: '83280002' }, as.resident)).toEqual({
      ok: false, error: { code: 'VALIDATION', field: 'phone', message: '「联系电话」格式不对：请填写 11 位手机号，或带区号的座机号（如 0791-83280001）' },
    });
    expect(await apptCall(runtime, as.stranger, 'book', booking({ booker: { phone: '8328' } }))).toMatchObject({
      ok: false, error: { code: 'VALIDATION', field: 'booker.phone', message: expect.stringContaining('「您的电话」格式不对') },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});
