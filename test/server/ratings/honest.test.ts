import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { at as atAppt, booking, call as callAppointments } from '../appointments/harness';
import { call as callTickets, registerPhone } from '../tickets/helpers';
import { call, closedPhone, data, rid, ticketSubject } from './helpers';

/** Issue 9 §2: ratings that mean what they say (rule 十二). */
let runtime: TestRuntime;
beforeEach(async () => { runtime = await createTestRuntime(); });
afterEach(() => runtime.store.close());

const table = async () => data(await call(runtime, 'table', { month: '2026-11' }, as.director));

describe('本人登记: a rating staff record for a service they handled themselves', () => {
  it('is marked on the rating and counted apart from the ratings of the people served', async () => {
    const own = await closedPhone(runtime);
    const res = data(await call(runtime, 'recordRating', { subject: ticketSubject(own), level: 'satisfied', source: 'windowDevice' }, as.staff));
    expect(res.rating).toMatchObject({ selfRecorded: true, recordedBy: { staffId: 'staff:demo-staff' } });
    const [row] = (await table()).rows;
    expect(row).toMatchObject({ staffName: '示例·张某', ratings: { satisfied: 0, basic: 0, unsatisfied: 0 }, selfRecorded: { satisfied: 1, basic: 0, unsatisfied: 0 }, unrated: 0 });
    const csv = data(await call(runtime, 'tableCsv', { month: '2026-11' }, as.director)).csv;
    expect(csv.split('\r\n')[0]).toContain('本人登记');
    expect(csv.split('\r\n')[1].split(',').slice(3, 7)).toEqual(['0', '0', '0', '1（1/0/0）']);
  });

  it('is not marked when the recorder did not handle the service', async () => {
    const theirs = await closedPhone(runtime);
    const res = data(await call(runtime, 'recordRating', { subject: ticketSubject(theirs), level: 'satisfied', source: 'phone' }, as.director));
    expect(res.rating.selfRecorded).toBe(false);
    expect((await table()).rows[0]).toMatchObject({ ratings: { satisfied: 1, basic: 0, unsatisfied: 0 }, selfRecorded: { satisfied: 0, basic: 0, unsatisfied: 0 } });
  });
});

describe('matters answered on the spot are completed services', () => {
  it('can be rated at the window, count in the month and enter the sample pool when taken by phone', async () => {
    const walkIn = await registerPhone(runtime, as.staff, { channel: 'walkIn', answeredOnSpot: '已当场解答' });
    const phone = await registerPhone(runtime, as.staff, { answeredOnSpot: '电话里已解答' });
    expect(await runtime.store.get('ratingRequests', `rr:ticket:${walkIn.id}`)).toMatchObject({ state: 'awaiting', channel: 'walkIn', sampleMonth: null });
    expect(await runtime.store.get('samplePool', `2026-11|${phone.id}`)).not.toBeNull();
    expect(await runtime.store.get('samplePool', `2026-11|${walkIn.id}`)).toBeNull();
    const rated = data(await call(runtime, 'recordRating', { subject: ticketSubject(walkIn.id), level: 'basic', source: 'windowDevice' }, as.staff));
    expect(rated.callbackTaskId).toBe(`cb:ticket:${walkIn.id}`);
    expect((await table()).rows[0]).toMatchObject({ completed: 2, sample: { eligible: 1 }, selfRecorded: { basic: 1 } });
  });

  it('can receive the written one-time notice after closing', async () => {
    const walkIn = await registerPhone(runtime, as.staff, { channel: 'walkIn', answeredOnSpot: '已当场解答' });
    const res = data(await callTickets(runtime, 'issueNotice', { id: walkIn.id, guideKey: 'guide:notary' }, as.staff));
    expect(res.notice).toMatchObject({ oral: false, ticketId: walkIn.id });
    expect(res.notice.materials.length).toBeGreaterThan(0);
    expect(res.ticket.status).toBe('closed');
  });

  it('asks the rating only once when the registration is retried', async () => {
    const payload = { requestId: rid(), channel: 'walkIn', type: 'consultation', content: '咨询', contact: { name: '王某' }, answeredOnSpot: '已解答' };
    const first = data(await callTickets(runtime, 'register', payload, as.staff));
    data(await callTickets(runtime, 'register', payload, as.staff));
    expect(await runtime.store.count('ratingRequests')).toBe(1);
    expect((await table()).rows[0].completed).toBe(1);
    expect(first.ticket.status).toBe('closed');
  });
});

describe('an office booking rated 基本满意 or 不满意', () => {
  it('opens its callback with the booker\'s phone when the resident booked for themselves', async () => {
    const { data: appt } = await callAppointments(runtime, as.resident, 'book', booking({ booker: { name: '陈大爷', phone: '13912345678' } }));
    const day = atAppt(runtime, '2026-12-01T09:30:00');
    await callAppointments(day, as.staff, 'markAttended', { id: appt.id });
    await callAppointments(day, as.staff, 'recordOutcome', { id: appt.id, outcome: '已解答', needsFollowUp: false });
    const { callbackTaskId } = data(await call(day as TestRuntime, 'rate', { subject: { type: 'appointment', id: appt.id }, level: 'basic', requestId: rid() }, as.resident));
    const detail = data(await call(day as TestRuntime, 'callback', { taskId: callbackTaskId }, as.staff));
    expect(detail.contact).toEqual({ name: '陈大爷', phone: '13912345678' });
  });
});
