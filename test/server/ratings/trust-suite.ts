import type { PlatformIdentity } from '../../../src/server/ports/identity';
import type { Runtime } from '../../../src/server/core/define';
import { as, snapshot, type TestRuntime } from '../../support/runtime';
import { at as atAppt, booking, call as callAppointments } from '../appointments/harness';
import { call as callTickets, fileComplaint, registerPhone } from '../tickets/helpers';
import { call, closedPhone, data, rid, ticketSubject } from './helpers';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;
const otherStaff: PlatformIdentity = { openid: 'other-staff' };

/**
 * Issue 9 §1 and §2 on ratings, run on both stores: the doors of `ratings` that reached the
 * complainant, and ratings that mean what they say (rule 十二).
 */
export function describeRatingTrust(name: string, make: Make): void {
  describe(`ratings stay honest on ${name}`, () => {
    let runtime: TestRuntime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      const made = await make();
      runtime = made.runtime as TestRuntime;
      cleanup = made.cleanup;
      await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
    });
    afterEach(() => cleanup());
    /**
     * Issue 9 §1: the doors of `ratings` that reached the complainant. Resident A complains online
     * about 示例·张某 (demo-staff); the director accepts and closes it; A rates it 不满意, which
     * opens the mandatory callback.
     */

    async function closedComplaint(): Promise<string> {
      const t = await fileComplaint(runtime);
      data(await callTickets(runtime, 'accept', { id: t.id }, as.director));
      data(await callTickets(runtime, 'close', { id: t.id, result: '已核实并向投诉人致歉' }, as.director));
      return t.id;
    }

    async function ratedComplaint(): Promise<{ id: string; taskId: string }> {
      const id = await closedComplaint();
      const { callbackTaskId } = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', comment: '态度还是不好', requestId: rid() }, as.resident));
      return { id, taskId: callbackTaskId };
    }

    describe('the person complained about never reaches the complainant through ratings', () => {
      it('does not list the complaint\'s callback to them', async () => {
        const { taskId } = await ratedComplaint();
        const mine = data(await call(runtime, 'callbacks', {}, as.staff));
        expect(mine.items.map((t: any) => t.id)).not.toContain(taskId);
        expect(data(await call(runtime, 'callbacks', {}, as.director)).items.map((t: any) => t.id)).toEqual([taskId]);
      });

      it('refuses them the callback with the complainant\'s name and phone, and logs no read', async () => {
        const { taskId } = await ratedComplaint();
        const res = await call(runtime, 'callback', { taskId }, as.staff);
        expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您是这件投诉的被投诉人，不能经办或查看投诉人信息' } });
        expect(JSON.stringify(res)).not.toMatch(/陈大爷|13812345678/);
        expect(await runtime.store.find('accessLog', { where: { subject: `callback:${taskId}` } })).toEqual([]);
      });

      it('refuses them recording the callback of the complaint against them, and writes nothing', async () => {
        const { taskId } = await ratedComplaint();
        const before = await snapshot(runtime.store);
        const res = await call(runtime, 'recordCallback', {
          taskId, method: 'phone', reached: true, progress: '已解决', staffView: '满意', satisfiedNow: true,
        }, as.staff);
        expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(await snapshot(runtime.store)).toEqual(before);
      });

      it('refuses them recording a rating for the complaint, so the complainant still rates it', async () => {
        const id = await closedComplaint();
        const before = await snapshot(runtime.store);
        expect(await call(runtime, 'recordRating', { subject: ticketSubject(id), level: 'satisfied', source: 'windowDevice' }, as.staff))
          .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(await snapshot(runtime.store)).toEqual(before);
        const own = data(await call(runtime, 'rate', { subject: ticketSubject(id), level: 'unsatisfied', requestId: rid() }, as.resident));
        expect(own.rating).toMatchObject({ level: 'unsatisfied', source: 'miniProgram' });
      });

      it('keeps a complaint\'s callback from staff who do not handle it, and gives it to its handler', async () => {
        const { taskId } = await ratedComplaint();
        expect(data(await call(runtime, 'callbacks', {}, otherStaff)).items).toEqual([]);
        expect(await call(runtime, 'callback', { taskId }, otherStaff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        const detail = data(await call(runtime, 'callback', { taskId }, as.director));
        expect(detail.contact).toEqual({ name: '陈大爷', phone: '13812345678' });
      });
    });

    describe('staff record ratings only where nobody can rate in the mini-program (rule 十二)', () => {
      it('refuses staff — even the handler — recording for an online resident\'s matter', async () => {
        const t = data(await callTickets(runtime, 'submit', { type: 'consultation', content: '咨询继承', requestId: rid() }, as.resident)).ticket;
        data(await callTickets(runtime, 'close', { id: t.id, result: '已答复' }, as.staff));
        const closed = data(await callTickets(runtime, 'inbox', { status: 'closed' }, as.staff)).items;
        expect(closed.find((r: any) => r.id === t.id).ownerRates).toBe(true);
        const before = await snapshot(runtime.store);
        expect(await call(runtime, 'recordRating', { subject: ticketSubject(t.id), level: 'satisfied', source: 'phone' }, as.staff)).toEqual({
          ok: false, error: { code: 'FORBIDDEN', message: '这件事的当事人可以在小程序里自己评价，工作人员不能代为评价' },
        });
        expect(await snapshot(runtime.store)).toEqual(before);
      });
    });


    /** Issue 9 §2: ratings that mean what they say (rule 十二). */

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
  });
}
