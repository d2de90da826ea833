import mammoth from 'mammoth';
import { invoke } from '../../../src/server/core/invoke';
import { referrals } from '../../../src/server/functions/referrals';
import type { Runtime } from '../../../src/server/core/define';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { runClockPass } from '../../../src/server/scheduler/clock-pass';
import { as, FIXED_NOW } from '../../support/runtime';
import { askOnline, call as callTickets, data } from '../tickets/helpers';
import { legalAid } from '../../../src/server/functions/legal-aid';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

export const liaisonCourt: PlatformIdentity = { openid: 'liaison-court' };
export const liaisonPolice: PlatformIdentity = { openid: 'liaison-police' };

let seq = 0;
export const rid = () => `rf-${++seq}-abcdefgh`;

/** Calls one action of `referrals`. */
export function call(runtime: Runtime, action: string, payload: Record<string, unknown>, who: PlatformIdentity) {
  return invoke(referrals, { action, ...payload }, who, runtime);
}

/** Every document of the collections a referral writes, to prove a refusal wrote nothing. */
async function written(runtime: Runtime) {
  const out: Record<string, unknown[]> = {};
  for (const c of ['referrals', 'referralLinks', 'clocks', 'tickets', 'legalAidApplications', 'audit', 'outbox']) out[c] = await runtime.store.find(c, { orderBy: [['_id', 'asc']], limit: 1000 });
  return out;
}

const bj = (s: string) => Date.parse(`${s}+08:00`);

/**
 * Issue 13 on one store: a matter referred, answered, escalated, re-dispatched and closed as
 * rule 七 describes, with the one access rule deciding who sees what.
 */
export function describeReferrals(name: string, make: Make): void {
  describe(`分流交办 on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      const made = await make();
      runtime = made.runtime;
      cleanup = made.cleanup;
      await runtime.store.put('staff', { _id: 'staff:liaison-court', openid: 'liaison-court', name: '示例·法庭联络员', roles: ['unitLiaison'], unitIds: ['unit:court'], active: true, order: 8 });
      await runtime.store.put('staff', { _id: 'staff:liaison-police', openid: 'liaison-police', name: '示例·派出所联络员', roles: ['unitLiaison'], unitIds: ['unit:police-station'], active: true, order: 9 });
    });
    afterEach(() => cleanup());

    async function onlineTicket(): Promise<string> {
      const t = await askOnline(runtime as never);
      data(await callTickets(runtime as never, 'accept', { id: t.id }, as.staff));
      return t.id;
    }
    const draft = (ticketId: string, extra: Record<string, unknown> = {}) => ({
      requestId: rid(), ticketId, units: [{ unitId: 'unit:court', lead: true }, { unitId: 'unit:police-station', lead: false }],
      content: '请核实宅基地纠纷并组织调处', dueDate: '2026-12-10', requirements: '依法调处，注意保护当事人隐私，结果书面反馈', ...extra,
    });
    async function referred(extra: Record<string, unknown> = {}) {
      const ticketId = await onlineTicket();
      const { referral } = data(await call(runtime, 'refer', draft(ticketId, extra), as.staff));
      return { ticketId, id: referral.id as string, referral };
    }

    it('lists the sample units with their kind', async () => {
      const { items } = data(await call(runtime, 'units', {}, as.staff));
      expect(items.map((u: any) => u.id)).toEqual(expect.arrayContaining(['unit:legal-aid-centre', 'unit:county-supervision', 'unit:window-consult']));
      expect(items.find((u: any) => u.id === 'unit:window-consult')).toMatchObject({ kind: 'window', sample: true });
    });

    it('refers a ticket with the three elements: each unit must answer within 3 days, and the resident sees to whom it went but not the internal content', async () => {
      const { ticketId, id, referral } = await referred();
      expect(referral.status).toBe('sent');
      expect(referral.acceptBy).toBe(bj('2026-11-30T17:00:00')); // received Thu 11-26; Sun 11-29 → Mon 11-30
      expect(referral.units.map((u: any) => [u.unitId, u.lead])).toEqual([['unit:court', true], ['unit:police-station', false]]);
      const clocks = await runtime.store.find<any>('clocks', { where: { subjectId: id }, limit: 10 });
      expect(clocks.map((c) => c.purpose).sort()).toEqual(['referral.answer.1.unit:court', 'referral.answer.1.unit:police-station', 'referral.due']);
      const mine = data(await callTickets(runtime as never, 'get', { id: ticketId }, as.resident));
      const line = mine.timeline.find((e: any) => e.kind === 'referred');
      expect(line.summary).toContain('县人民法院西山法庭（示例）（牵头）');
      const asResident = data(await call(runtime, 'get', { id }, as.resident)).referral;
      expect(asResident).toEqual({ id, status: 'sent', statusLabel: expect.any(String), units: expect.any(Array), createdAt: FIXED_NOW, message: null });
      expect(JSON.stringify(asResident)).not.toContain('宅基地');
      const audit = await runtime.store.find<any>('audit', { where: { subject: `referral:${id}` }, limit: 10 });
      expect(audit.map((a) => a.action)).toContain('referral.create');
    });

    it('answers a repeated request with the first referral and writes nothing twice', async () => {
      const ticketId = await onlineTicket();
      const payload = draft(ticketId);
      const first = data(await call(runtime, 'refer', payload, as.staff));
      const before = await written(runtime);
      const again = data(await call(runtime, 'refer', payload, as.staff));
      expect(again.referral.id).toBe(first.referral.id);
      expect(await written(runtime)).toEqual(before);
    });

    it.each([
      ['a missing element', { content: '' }, 'content'],
      ['missing requirements', { requirements: ' ' }, 'requirements'],
      ['a deadline in the past', { dueDate: '2026-11-20' }, 'dueDate'],
      ['two lead units', { units: [{ unitId: 'unit:court', lead: true }, { unitId: 'unit:police-station', lead: true }] }, 'units'],
      ['no lead among several', { units: [{ unitId: 'unit:court', lead: false }, { unitId: 'unit:police-station', lead: false }] }, 'units'],
      ['an unknown unit', { units: [{ unitId: 'unit:nowhere', lead: true }] }, 'units'],
    ])('refuses %s with VALIDATION and writes nothing', async (_what, patch, field) => {
      const ticketId = await onlineTicket();
      const before = await written(runtime);
      const res = await call(runtime, 'refer', draft(ticketId, patch), as.staff);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error).toMatchObject({ code: 'VALIDATION', field });
      expect(await written(runtime)).toEqual(before);
    });

    it('lets a liaison see only their own unit\'s referrals: another unit\'s referral is NOT_FOUND', async () => {
      const { id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      expect(data(await call(runtime, 'list', {}, liaisonCourt)).items.map((r: any) => r.id)).toEqual([id]);
      expect(data(await call(runtime, 'list', {}, liaisonPolice)).items).toEqual([]);
      const got = await call(runtime, 'get', { id }, liaisonPolice);
      expect(!got.ok && got.error.code).toBe('NOT_FOUND');
      const answered = await call(runtime, 'answer', { id, unitId: 'unit:court', accept: true }, liaisonPolice);
      expect(!answered.ok && answered.error.code).toBe('NOT_FOUND');
      const byResident = await call(runtime, 'get', { id }, as.stranger);
      expect(!byResident.ok && byResident.error.code).toBe('NOT_FOUND');
    });

    it('a liaison declines with a written reason: the station is told, the matter shows it to staff, the resident never sees the reason', async () => {
      const { ticketId, id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      const before = await written(runtime);
      const noReason = await call(runtime, 'answer', { id, unitId: 'unit:court', accept: false }, liaisonCourt);
      expect(!noReason.ok && noReason.error).toMatchObject({ code: 'VALIDATION', field: 'reason', message: '不予受理请写明原因' });
      expect(await written(runtime)).toEqual(before);
      const { referral } = data(await call(runtime, 'answer', { id, unitId: 'unit:court', accept: false, reason: '不属于本庭管辖，建议向派出所反映', requestId: rid() }, liaisonCourt));
      expect(referral.status).toBe('declined');
      expect(referral.units[0]).toMatchObject({ state: 'declined', answer: { accept: false, reason: '不属于本庭管辖，建议向派出所反映', onBehalf: false } });
      const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
      const told = outbox.filter((m) => m.body?.includes('不属于本庭管辖')).map((m) => m.recipient.staffId).sort();
      expect(told).toEqual(['staff:demo-director', 'staff:demo-staff']);
      const staffView = data(await callTickets(runtime as never, 'get', { id: ticketId }, as.staff));
      expect(staffView.timeline.some((e: any) => e.kind === 'referralUpdate' && e.text === '不属于本庭管辖，建议向派出所反映')).toBe(true);
      const residentView = data(await callTickets(runtime as never, 'get', { id: ticketId }, as.resident));
      expect(JSON.stringify(residentView)).not.toContain('不属于本庭管辖');
      const clock = await runtime.store.get<any>('clocks', `referral:${id}:referral.answer.1.unit:court`);
      expect(clock.state).toBe('stopped');
      const twice = await call(runtime, 'answer', { id, unitId: 'unit:court', accept: true }, liaisonCourt);
      expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    });

    it('staff record a unit\'s answer on its behalf, marked so', async () => {
      const { id } = await referred();
      const { referral } = data(await call(runtime, 'answer', { id, unitId: 'unit:police-station', accept: true }, as.staff));
      expect(referral.units[1].answer).toMatchObject({ accept: true, onBehalf: true, by: { name: '示例·张某' } });
      expect(referral.status).toBe('sent'); // the lead has not answered yet
    });

    it('an unanswered referral escalates to the director when its 3 days run out, once', async () => {
      const { id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      const due = bj('2026-11-30T17:00:00');
      const pass = await runClockPass(runtime.store, due);
      expect(pass.overdue).toBe(1);
      const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
      const escalated = outbox.filter((m) => m.subject === `referral:${id}` && m._id.includes(':overdue:')).map((m) => m.recipient.staffId).sort();
      expect(escalated).toEqual(['staff:demo-director', 'staff:demo-staff']);
      expect((await runClockPass(runtime.store, due + 60_000)).due).toBe(0);
      const audit = await runtime.store.find<any>('audit', { where: { subject: `referral:${id}` }, limit: 20 });
      expect(audit.filter((a) => a.action === 'escalate')).toHaveLength(1);
    });

    it('the director re-dispatches to another unit: the first unit is withdrawn and no longer sees it, the new one has 3 fresh days', async () => {
      const { id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      data(await call(runtime, 'answer', { id, unitId: 'unit:court', accept: false, reason: '不属于本庭管辖' }, liaisonCourt));
      const notDirector = await call(runtime, 'redispatch', { id, units: [{ unitId: 'unit:police-station', lead: true }], reason: '改由派出所办理' }, as.staff);
      expect(!notDirector.ok && notDirector.error.code).toBe('FORBIDDEN');
      const { referral } = data(await call(runtime, 'redispatch', { id, units: [{ unitId: 'unit:police-station', lead: false }], reason: '改由派出所办理' }, as.director));
      expect(referral.status).toBe('sent');
      expect(referral.units.map((u: any) => [u.unitId, u.state, u.lead])).toEqual([['unit:court', 'withdrawn', true], ['unit:police-station', 'sent', true]]);
      const gone = await call(runtime, 'get', { id }, liaisonCourt);
      expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
      expect(data(await call(runtime, 'list', {}, liaisonPolice)).items.map((r: any) => r.id)).toEqual([id]);
      expect(await runtime.store.get<any>('clocks', `referral:${id}:referral.answer.2.unit:police-station`)).toMatchObject({ state: 'running' });
    });

    it('accepted, progress, result by the lead, then the station checks it and tells the resident; every clock stops', async () => {
      const { ticketId, id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      const early = await call(runtime, 'progress', { id, unitId: 'unit:court', text: '已联系双方' }, liaisonCourt);
      expect(!early.ok && early.error.code).toBe('CONFLICT');
      data(await call(runtime, 'answer', { id, unitId: 'unit:court', accept: true }, liaisonCourt));
      expect(data(await call(runtime, 'progress', { id, unitId: 'unit:court', text: '已联系双方，定于下周调解' }, liaisonCourt)).referral.status).toBe('inProgress');
      expect(data(await call(runtime, 'result', { id, unitId: 'unit:court', text: '双方达成调解协议' }, liaisonCourt)).referral.status).toBe('resultReported');
      const { referral } = data(await call(runtime, 'check', { id, residentMessage: '法庭已组织调解，双方达成协议', requestId: rid() }, as.staff));
      expect(referral.status).toBe('closed');
      const open = await runtime.store.find<any>('clocks', { where: { subjectId: id, state: 'running' }, limit: 10 });
      expect(open).toEqual([]);
      const mine = data(await callTickets(runtime as never, 'get', { id: ticketId }, as.resident));
      expect(mine.timeline.find((e: any) => e.kind === 'referralResult').text).toBe('法庭已组织调解，双方达成协议');
      expect(JSON.stringify(mine)).not.toContain('下周调解');
      expect(data(await call(runtime, 'get', { id }, as.resident)).referral.message).toBe('法庭已组织调解，双方达成协议');
      const inbox = await runtime.store.find<any>('outbox', { limit: 100 });
      expect(inbox.some((m) => m.recipient.openid === 'demo-resident' && m.body === '法庭已组织调解，双方达成协议')).toBe(true);
    });

    it('the director closes with guidance to other legal routes (rule 七(五)), and the resident reads the guidance', async () => {
      const { id } = await referred({ units: [{ unitId: 'unit:court', lead: true }] });
      const { referral } = data(await call(runtime, 'closeWithGuidance', { id, guidance: '可向县人民法院提起诉讼，诉讼费有困难可申请法律援助' }, as.director));
      expect(referral.status).toBe('closed');
      expect(data(await call(runtime, 'get', { id }, as.resident)).referral.message).toBe('可向县人民法院提起诉讼，诉讼费有困难可申请法律援助');
      expect(data(await call(runtime, 'list', {}, liaisonCourt)).items).toEqual([]);
    });

    it('forwards a matter outside the station\'s remit to an external unit and tells the resident where it went (rule 二(五))', async () => {
      const { ticketId } = await referred({ kind: 'outOfRemit', units: [{ unitId: 'unit:police-station', lead: true }] });
      const mine = data(await callTickets(runtime as never, 'get', { id: ticketId }, as.resident));
      expect(mine.timeline.find((e: any) => e.kind === 'referred').summary).toBe('这件事不属于本工作站职责，已转交 西山派出所（示例）（电话 0791-00000004）办理');
      const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
      expect(outbox.some((m) => m.recipient.openid === 'demo-resident' && m.title === '您的事项已转交主管部门')).toBe(true);
    });

    it('reports a major complaint to 县局政工监察股 as a referral whose acknowledgment is tracked (rule 八(六)); only a complaint marked major, only to that unit', async () => {
      const complaint = data(await callTickets(runtime as never, 'submit', {
        type: 'complaint', content: '窗口工作人员收了我的钱才给办', name: '陈大爷', phone: '13812345678', complaint: { scope: 'bribery', respondentName: '某某' }, requestId: rid(),
      }, as.resident)).ticket;
      const cid = complaint.id as string;
      data(await callTickets(runtime as never, 'accept', { id: cid }, as.director));
      const payload = { requestId: rid(), ticketId: cid, kind: 'majorReport', units: [{ unitId: 'unit:county-supervision', lead: true }], content: '重大投诉：涉嫌索取财物', dueDate: '2026-12-03', requirements: '请确认收悉并指导处理' };
      const early = await call(runtime, 'refer', payload, as.director);
      expect(!early.ok && early.error).toMatchObject({ code: 'VALIDATION', field: 'kind' });
      data(await callTickets(runtime as never, 'markMajor', { id: cid, reason: '涉嫌利用职权索取财物' }, as.director));
      const wrongUnit = await call(runtime, 'refer', { ...payload, requestId: rid(), units: [{ unitId: 'unit:court', lead: true }] }, as.director);
      expect(!wrongUnit.ok && wrongUnit.error).toMatchObject({ code: 'VALIDATION', field: 'units' });
      const { referral } = data(await call(runtime, 'refer', { ...payload, requestId: rid() }, as.director));
      const { referral: acked } = data(await call(runtime, 'answer', { id: referral.id, unitId: 'unit:county-supervision', accept: true }, as.director));
      expect(acked.units[0]).toMatchObject({ state: 'accepted', answer: { onBehalf: true } });
      const explanationOfConsultation = await call(runtime, 'refer', draft(await onlineTicket(), { kind: 'explanation', units: [{ unitId: 'unit:window-consult', lead: true }] }), as.staff);
      expect(!explanationOfConsultation.ok && explanationOfConsultation.error).toMatchObject({ code: 'VALIDATION', field: 'kind' });
    });

    it('prints the 交办通知单 as a real .docx with the three elements', async () => {
      const { id } = await referred();
      const { filename, base64 } = data(await call(runtime, 'notice', { id }, liaisonCourt));
      expect(filename).toBe(`交办通知单_${id}.docx`);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') });
      for (const words of ['交办通知单', '请核实宅基地纠纷并组织调处', '2026-12-10', '依法调处，注意保护当事人隐私', '县人民法院西山法庭（示例）（牵头）', '3日内确定是否受理']) expect(value).toContain(words);
    });

    describe('from a legal-aid application (issue 13)', () => {
      const callAid = (action: string, payload: Record<string, unknown>, who: PlatformIdentity) => invoke(legalAid, { action, ...payload }, who, runtime);
      /** A resident applies online; the window accepts it. */
      async function acceptedApplication(): Promise<string> {
        const { application } = data(await callAid('apply', {
          requestId: rid(), applicant: { name: '李某', phone: '13900001111', birthDate: '1986-05-01' }, groups: [],
          matter: { kind: 'medicalDamage', summary: '在医院手术后出现并发症，想追究医院责任。', opponent: '某医院' },
          hardship: 'declaration', declaration: { income: '家庭月收入约1500元，一人务农，两个孩子上学。', promise: true },
        }, as.resident));
        data(await callAid('accept', { id: application.id }, as.staff));
        return application.id;
      }
      const toCentre = (applicationId: string, extra: Record<string, unknown> = {}) => ({
        requestId: rid(), applicationId, units: [{ unitId: 'unit:legal-aid-centre', lead: true }],
        content: '医疗损害赔偿案件，请中心指派有医疗纠纷经验的律师承办', dueDate: '2026-12-10', requirements: '依法指派，结果书面反馈工作站', ...extra,
      });
      const steps = async (id: string, who: PlatformIdentity) => data(await callAid('get', { id }, who)).application.steps as { kind: string; summary: string }[];

      it('staff refer it to the county legal-aid centre: it is on the application\'s 办理经过, and the applicant sees to whom it went, never the content or the unit\'s reasons', async () => {
        const applicationId = await acceptedApplication();
        const { referral } = data(await call(runtime, 'refer', toCentre(applicationId), as.staff));
        expect(referral.acceptBy).toBe(bj('2026-11-30T17:00:00'));
        const got = data(await call(runtime, 'get', { id: referral.id }, as.staff)).referral;
        expect(got).toMatchObject({ ticketId: null, applicationId, units: [{ unitId: 'unit:legal-aid-centre', state: 'sent' }] });
        expect((await steps(applicationId, as.staff)).find((x) => x.kind === 'referred')?.summary).toBe('已交办至 县法律援助中心（示例） 办理');
        expect((await steps(applicationId, as.resident)).find((x) => x.kind === 'referred')?.summary).toBe('已交办至 县法律援助中心（示例） 办理');
        const mine = data(await call(runtime, 'get', { id: referral.id }, as.resident)).referral;
        expect(mine).toEqual({ id: referral.id, status: 'sent', statusLabel: expect.any(String), units: [{ name: '县法律援助中心（示例）', phone: '0791-00000001', lead: true }], createdAt: FIXED_NOW, message: null });
        expect(JSON.stringify(mine)).not.toContain('医疗纠纷经验');
        const stranger = await call(runtime, 'get', { id: referral.id }, as.stranger);
        expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');
        data(await call(runtime, 'answer', { id: referral.id, unitId: 'unit:legal-aid-centre', accept: false, reason: '申请人户籍不在本县，请转户籍地中心' }, as.staff));
        expect((await steps(applicationId, as.staff)).some((x) => x.kind === 'referralUpdate' && x.summary.includes('户籍不在本县'))).toBe(true);
        const residentApp = data(await callAid('get', { id: applicationId }, as.resident)).application;
        expect(JSON.stringify(residentApp)).not.toContain('户籍不在本县');
        expect(JSON.stringify(residentApp)).not.toContain('医疗纠纷经验');
        expect(data(await call(runtime, 'list', { applicationId }, as.staff)).items.map((r: any) => r.id)).toEqual([referral.id]);
        const audit = await runtime.store.find<any>('audit', { where: { subject: `referral:${referral.id}` }, limit: 10 });
        expect(audit.find((a) => a.action === 'referral.create').to).toMatchObject({ ticketId: null, applicationId });
      });

      it('the station checks the centre\'s result and the applicant reads the message on the application and in their inbox', async () => {
        const applicationId = await acceptedApplication();
        const { referral } = data(await call(runtime, 'refer', toCentre(applicationId), as.staff));
        const id = referral.id as string;
        data(await call(runtime, 'answer', { id, unitId: 'unit:legal-aid-centre', accept: true }, as.staff));
        data(await call(runtime, 'result', { id, unitId: 'unit:legal-aid-centre', text: '已指派示例律师事务所王律师承办' }, as.staff));
        data(await call(runtime, 'check', { id, residentMessage: '县法律援助中心已为您指派律师，律师会与您联系' }, as.staff));
        expect((await steps(applicationId, as.resident)).find((x) => x.kind === 'referralResult')?.summary).toContain('县法律援助中心已为您指派律师，律师会与您联系');
        const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
        expect(outbox.some((m) => m.recipient.openid === 'demo-resident' && m.body === '县法律援助中心已为您指派律师，律师会与您联系')).toBe(true);
        expect(data(await call(runtime, 'get', { id }, as.resident)).referral.message).toBe('县法律援助中心已为您指派律师，律师会与您联系');
      });

      it.each([
        ['both a ticket and an application', async (a: string, t: string) => ({ ticketId: t, applicationId: a }), 'applicationId'],
        ['neither', async () => ({ applicationId: undefined }), 'ticketId'],
        ['an explanation, which only a complaint asks for', async (a: string) => ({ applicationId: a, kind: 'explanation', units: [{ unitId: 'unit:window-consult', lead: true }] }), 'kind'],
        ['a major-complaint report', async (a: string) => ({ applicationId: a, kind: 'majorReport', units: [{ unitId: 'unit:county-supervision', lead: true }] }), 'kind'],
      ])('refuses a referral of %s with VALIDATION and writes nothing', async (_what, patch, field) => {
        const applicationId = await acceptedApplication();
        const ticketId = await onlineTicket();
        const before = await written(runtime);
        const payload = { ...toCentre(applicationId), ...(await patch(applicationId, ticketId)) };
        if (payload.applicationId === undefined) delete (payload as Record<string, unknown>).applicationId;
        const res = await call(runtime, 'refer', payload, as.staff);
        expect(!res.ok && res.error).toMatchObject({ code: 'VALIDATION', field });
        expect(await written(runtime)).toEqual(before);
      });

      it('the centre\'s unanswered 3 days escalate to the director, naming the application, and never reach the applicant', async () => {
        const applicationId = await acceptedApplication();
        const { referral } = data(await call(runtime, 'refer', toCentre(applicationId), as.staff));
        expect((await runClockPass(runtime.store, bj('2026-11-30T17:00:00'))).overdue).toBe(1);
        const outbox = await runtime.store.find<any>('outbox', { limit: 100 });
        const escalated = outbox.filter((m) => m.subject === `referral:${referral.id}` && m._id.includes(':overdue:'));
        expect(escalated.map((m) => m.recipient.staffId).sort()).toEqual(['staff:demo-director', 'staff:demo-staff']);
        expect(escalated.some((m) => m.recipient.openid)).toBe(false);
        expect(escalated[0].body).toContain('交办受理答复（县法律援助中心（示例））');
      });

      it('an unknown application is NOT_FOUND; a closed one cannot be referred', async () => {
        const missing = await call(runtime, 'refer', toCentre('la_000000000000000000000000'), as.staff);
        expect(!missing.ok && missing.error).toMatchObject({ code: 'NOT_FOUND' });
        const applicationId = await acceptedApplication();
        data(await callAid('withdraw', { id: applicationId }, as.resident));
        const closed = await call(runtime, 'refer', toCentre(applicationId), as.staff);
        expect(!closed.ok && closed.error.code).toBe('CONFLICT');
      });
    });
  });
}
