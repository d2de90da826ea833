/**
 * The legal-aid workflow on any Store adapter: run on the embedded SQLite store
 * (sqlite.test.ts) and on the CloudBase adapter over the local double (cloudbase.test.ts).
 */
import type { Store } from '../../../src/server/ports/store';
import { runTick } from '../../../src/server/scheduler/tick';
import type { LegalAidView } from '../../../src/shared/legal-aid';
import { recordUpload } from '../../../src/server/files/uploads';
import { assertMayReadMaterialPhoto } from '../../../src/server/legal-aid/photos';
import { all, apply, bj, data, docText, ELDER_ID, greenApply, makeFixture, ordinaryApply, wall, who, type LegalAidFixture } from './fixture';

type Make = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const view = (res: Parameters<typeof data>[0]) => data<{ application: LegalAidView }>(res).application;

export function describeLegalAidSuite(name: string, make: Make): void {
  describe(`legal aid on ${name}`, () => {
    let f: LegalAidFixture;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      const made = await make();
      cleanup = made.cleanup;
      f = await makeFixture(made.store, bj('2026-11-26 10:00'));
    });
    afterEach(() => cleanup());

    it('takes a green-channel application from first contact to 结案 and rating on the day of application', async () => {
      const app = await apply(f);
      expect(app).toMatchObject({ status: 'applied', greenChannel: true, greenGroups: ['elderly'], hardshipReview: 'exempt' });
      expect(app.clocks.map((c) => [c.purpose, wall(c.dueAt), c.provisional])).toEqual([
        ['legalAid.accept', '2026-11-26 17:00', false], ['legalAid.decide', '2026-11-26 17:00', false],
        ['legalAid.assign', '2026-11-26 17:00', false], ['legalAid.firstAid', '2026-11-26 17:00', false],
      ]);
      f.setNow(bj('2026-11-26 10:20'));
      expect(view(await f.call('accept', { id: app.id }, who.staff)).status).toBe('accepted');
      f.setNow(bj('2026-11-26 11:00'));
      expect(view(await f.call('decide', { id: app.id, grant: true }, who.director)).status).toBe('granted');
      f.setNow(bj('2026-11-26 11:10'));
      const assigned = view(await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director));
      expect(assigned).toMatchObject({ status: 'assigned', worker: { name: '示例·王律师' } });
      expect((await f.runtime.store.get<{ _id: string; load: number }>('legalAidWorkers', 'law_lawyer'))!.load).toBe(1);
      f.setNow(bj('2026-11-26 14:00'));
      const aiding = view(await f.call('recordProgress', { id: app.id, kind: 'contact', text: '电话联系陈大爷，约定明天上门了解情况' }, who.lawyer));
      expect(aiding.status).toBe('aiding');
      expect(aiding.clocks.map((c) => [c.state, c.onTime])).toEqual(Array(4).fill(['stopped', true]));
      f.setNow(bj('2026-12-20 10:00'));
      const closed = view(await f.call('close', { id: app.id, result: 'mediated', report: '经调解，三子女每月各支付赡养费500元。' }, who.lawyer));
      expect(closed.status).toBe('closed');
      expect((await f.runtime.store.get<{ _id: string; load: number }>('legalAidWorkers', 'law_lawyer'))!.load).toBe(0);
      const rated = data(await f.rate({ subject: { type: 'legalAid', id: app.id }, level: 'basic', comment: '还可以', requestId: 'rate-la-12345678' }, who.resident));
      expect(rated.callbackTaskId).toBe(`cb:legalAid:${app.id}`);
      const mine = view(await f.call('get', { id: app.id }, who.resident));
      expect(mine.steps.map((s) => s.kind)).toEqual(['applied', 'accept', 'grant', 'assign', 'recordProgress', 'close']);
      expect(mine.documents.map((d) => d.kind)).toEqual(['receipt', 'grantDecision']);
      const staffView = view(await f.call('get', { id: app.id }, who.director));
      expect(staffView.documents.map((d) => d.kind)).toEqual(['receipt', 'grantDecision', 'assignNotice']);
      const receipt = await docText(f, app.id, mine.documents[0].id, who.resident);
      expect(receipt).toContain('法律援助申请受理回执');
      expect(receipt).toContain('陈大爷');
      expect(receipt).toContain('免予审查');
      expect(receipt).toContain('360122195003010019'); // the applicant's own copy (issue 11)
      const notice = await docText(f, app.id, staffView.documents[2].id, who.director);
      expect(notice).toContain('示例·江西某律师事务所');
    });

    it('pauses the ordinary 7-day clock while materials are supplied and counts only the days without them', async () => {
      const app = await apply(f, ordinaryApply());
      expect(app).toMatchObject({ greenChannel: false, hardshipReview: 'required' });
      expect(app.clocks.map((c) => [c.purpose, wall(c.dueAt)])).toEqual([['legalAid.decide', '2026-12-03 17:00']]);
      const asked = view(await f.call('requestMaterials', { id: app.id, items: ['病历复印件', '手术费用票据'], dueDate: '2026-12-04' }, who.staff));
      expect(asked.status).toBe('materialsRequested');
      expect(asked.clocks[0]).toMatchObject({ state: 'paused', dueAt: null });
      const queued = data(await f.call('queue', {}, who.staff)).items.find((r: any) => r.id === app.id);
      expect(wall(queued.dueAt)).toBe('2026-12-04 17:00');
      expect(queued.materials).toEqual({ dueDate: '2026-12-04', dueAt: bj('2026-12-04 17:00'), suppliedAt: null, lateAt: null, later: false });
      f.setNow(bj('2026-11-30 09:30'));
      const back = view(await f.call('supplyMaterials', { id: app.id, photoIds: ['f_00000000000000000000000000000001'] }, who.resident));
      expect(back.status).toBe('applied');
      expect(wall(back.clocks[0].dueAt)).toBe('2026-12-07 17:00');
      expect(back.materials).toMatchObject({ dueDate: '2026-12-04', dueAt: bj('2026-12-04 17:00'), suppliedAt: bj('2026-11-30 09:30'), lateAt: null });
      const text = await docText(f, app.id, back.documents[0].id, who.resident);
      expect(text).toContain('补充材料通知书');
      expect(text).toContain('病历复印件');
      expect(text).toContain('视为撤回申请');
    });

    it('counts materials not supplied in time as withdrawal and tells the applicant in writing', async () => {
      const app = await apply(f, ordinaryApply());
      await f.call('requestMaterials', { id: app.id, items: ['病历复印件'], dueDate: '2026-11-27' }, who.staff);
      await runTick(f.runtime, bj('2026-11-27 16:55'));
      expect(view(await f.call('get', { id: app.id }, who.resident)).status).toBe('materialsRequested');
      await runTick(f.runtime, bj('2026-11-27 17:05'));
      await runTick(f.runtime, bj('2026-11-27 17:10'));
      const lapsed = view(await f.call('get', { id: app.id }, who.resident));
      expect(lapsed.status).toBe('withdrawn');
      expect(lapsed.documents.map((d) => d.kind)).toEqual(['materialsNotice', 'withdrawNotice']);
      expect(await docText(f, app.id, lapsed.documents[1].id, who.resident)).toContain('视为撤回申请');
      const inbox = await all(f.runtime.store, 'inbox');
      expect(inbox.filter((m) => m.recipient === 'openid:demo-resident' && m.title === '法律援助申请视为撤回')).toHaveLength(1);
    });

    it('refuses a 不予 without a reason, then records it with the right to object to the 新建区司法局', async () => {
      const app = await apply(f, ordinaryApply());
      await f.call('accept', { id: app.id }, who.staff);
      const before = await all(f.runtime.store, 'legalAidApplications');
      const res = await f.call('decide', { id: app.id, grant: false }, who.director);
      expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不予法律援助的理由'), field: 'reason' } });
      expect(await all(f.runtime.store, 'legalAidApplications')).toEqual(before);
      const denied = view(await f.call('decide', { id: app.id, grant: false, reason: '所涉事项不属于法律援助范围' }, who.director));
      expect(denied.status).toBe('denied');
      const text = await docText(f, app.id, denied.documents[1].id, who.resident);
      expect(text).toContain('不予法律援助决定书');
      expect(text).toContain('所涉事项不属于法律援助范围');
      expect(text).toContain('新建区司法局');
    });

    it('escalates a green-channel application nobody accepted by 17:00 to the director', async () => {
      const app = await apply(f);
      await runTick(f.runtime, bj('2026-11-26 17:05'));
      const inbox = await all(f.runtime.store, 'inbox');
      expect(inbox.some((m) => m.recipient === 'staff:staff:demo-director' && m.title === '超期督办：法律援助受理')).toBe(true);
      expect(inbox.some((m) => m.recipient === 'openid:demo-resident' && String(m.title).startsWith('办理进度'))).toBe(true);
      expect(app.id).toMatch(/^la_/);
    });

    it('keeps applications apart: another resident gets NOT_FOUND, a colleague sees the id number masked, a full read is logged', async () => {
      const app = await apply(f);
      expect(await f.call('get', { id: app.id }, who.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await f.call('supplyMaterials', { id: app.id }, who.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await f.call('get', { id: app.id }, who.otherLawyer)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      await f.call('accept', { id: app.id }, who.staff);
      const colleague = view(await f.call('get', { id: app.id }, who.colleague));
      expect(colleague).toMatchObject({ idNumberMasked: true, applicant: { idNumber: '360***********0019' } });
      const handler = view(await f.call('get', { id: app.id }, who.staff));
      expect(handler.applicant.idNumber).toBe('360122195003010019');
      const log = await all(f.runtime.store, 'accessLog');
      expect(log.filter((l) => l.subject === `legalAid:${app.id}` && l.fields.includes('applicant.idNumber')).map((l) => l.staffId)).toEqual(['staff:demo-staff']);
    });

    it('attaches only the applicant\'s own uploaded photos, kept with the application the one access rule reads them through', async () => {
      const store = f.runtime.store;
      const own = 'f_' + 'a'.repeat(32);
      const later = 'f_' + 'b'.repeat(32);
      const letter = 'f_' + 'c'.repeat(32);
      await recordUpload(store, own, 'resident:demo-resident', bj('2026-11-26 09:50'));
      await recordUpload(store, later, 'resident:demo-resident', bj('2026-11-26 09:55'));
      await recordUpload(store, letter, 'staff:demo-staff', bj('2026-11-26 09:55'));
      const refused = await f.call('apply', ordinaryApply({ photoIds: [own, letter] }), who.resident);
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'photoIds' } });
      expect(await all(store, 'legalAidApplications')).toEqual([]);
      const app = await apply(f, ordinaryApply({ photoIds: [own] }));
      expect(await store.get('fileUploads', own)).toMatchObject({ referenced: true, subject: `legalAid:${app.id}` });
      await f.call('requestMaterials', { id: app.id, items: ['病历复印件'], dueDate: '2026-12-04' }, who.staff);
      expect(await f.call('supplyMaterials', { id: app.id, photoIds: [letter] }, who.resident)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'photoIds' } });
      expect(view(await f.call('supplyMaterials', { id: app.id, photoIds: [later] }, who.resident)).photoIds).toEqual([own, later]);
      expect(await store.get('fileUploads', later)).toMatchObject({ referenced: true, subject: `legalAid:${app.id}` });
      const resident = { kind: 'resident', openid: 'demo-resident' } as const;
      await expect(assertMayReadMaterialPhoto(store, resident, later)).resolves.toBeUndefined();
      await expect(assertMayReadMaterialPhoto(store, { kind: 'resident', openid: 'someone-new' }, later)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(assertMayReadMaterialPhoto(store, resident, letter)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('prints the full id number on the applicant\'s copies and the handlers\' and director\'s documents, masked for a colleague; each full read is logged', async () => {
      const app = await apply(f);
      await f.call('accept', { id: app.id }, who.staff);
      await f.call('decide', { id: app.id, grant: true }, who.director);
      const assigned = view(await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director));
      const byKind = Object.fromEntries(assigned.documents.map((d) => [d.kind, d.id]));
      const masked = '360***********0019';
      /** The 身份证号 row of a document's facts table, as mammoth reads it back. */
      const idOn = (text: string) => /身份证号\s+(\S+)/.exec(text)?.[1];
      for (const kind of ['receipt', 'grantDecision']) {
        const own = await docText(f, app.id, byKind[kind], who.resident);
        expect(idOn(own)).toBe(ELDER_ID);
        expect(await docText(f, app.id, byKind[kind], who.staff)).toContain(ELDER_ID);
        const colleague = await docText(f, app.id, byKind[kind], who.colleague);
        expect(idOn(colleague)).toBe(masked);
        expect(colleague).not.toContain(ELDER_ID);
      }
      expect(await docText(f, app.id, byKind.assignNotice, who.director)).toContain(ELDER_ID);
      expect(await docText(f, app.id, byKind.assignNotice, who.lawyer)).toContain(ELDER_ID);
      expect(await docText(f, app.id, byKind.assignNotice, who.colleague)).not.toContain(ELDER_ID);
      const reads = (await all(f.runtime.store, 'accessLog')).filter((l) => l.subject === `legalAid:${app.id}` && l.via === 'legalAid.document');
      const full = (who: string) => reads.filter((l) => l.staffId === who && l.fields.includes('applicant.idNumber')).length;
      expect([full('staff:demo-staff'), full('staff:demo-director'), full('staff:lawyer'), full('staff:demo-colleague')]).toEqual([2, 1, 1, 0]);
      expect(reads.filter((l) => l.staffId === 'staff:demo-colleague')).toHaveLength(3); // masked reads are still logged

      const other = await apply(f, ordinaryApply({ applicant: { name: '李某', phone: '13900001111', idNumber: '360122198605010028' } }));
      const asked = view(await f.call('requestMaterials', { id: other.id, items: ['病历复印件'], dueDate: '2026-12-04' }, who.staff));
      const notice = asked.documents.find((d) => d.kind === 'materialsNotice')!;
      expect(idOn(await docText(f, other.id, notice.id, who.resident))).toBe('360122198605010028');
      expect(idOn(await docText(f, other.id, notice.id, who.colleague))).toBe('360***********0028');
    });

    it('never makes a second application from the same request id', async () => {
      const payload = greenApply();
      const a = await apply(f, payload);
      const b = await apply(f, payload);
      expect(b.id).toBe(a.id);
      expect(await all(f.runtime.store, 'legalAidApplications')).toHaveLength(1);
      expect((await all(f.runtime.store, 'clocks')).filter((c) => c.subjectId === a.id)).toHaveLength(4);
    });

    it('puts green-channel applications first in the queue, then by due time', async () => {
      const ordinary = await apply(f, ordinaryApply());
      f.setNow(bj('2026-11-26 11:00'));
      const green = await apply(f);
      const rows = data(await f.call('queue', {}, who.staff)).items.map((r: any) => r.id);
      expect(rows).toEqual([green.id, ordinary.id]);
      expect(data(await f.call('queue', { green: true }, who.staff)).items.map((r: any) => r.id)).toEqual([green.id]);
      const board = data(await f.call('board', {}, who.staff));
      expect(board.items.map((i: any) => [i.id, i.steps.accept.done])).toEqual([[green.id, false]]);
    });
  });
}
