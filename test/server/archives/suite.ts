/**
 * The archive (issue 15, rule 九) on any Store adapter: run on the embedded SQLite store
 * (sqlite.test.ts) and on the CloudBase adapter over the local double (cloudbase.test.ts).
 */
import ExcelJS from 'exceljs';
import { invoke } from '../../../src/server/core/invoke';
import { tickets } from '../../../src/server/functions/tickets';
import type { Store } from '../../../src/server/ports/store';
import type { VolumeView } from '../../../src/shared/archives';
import { bj, data, failure, makeFixture, who, type ArchivesFixture } from './fixture';

type Make = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const volumeOf = (res: Parameters<typeof data>[0]) => data<{ volume: VolumeView }>(res).volume;

/** Every document of the collections the archive reads or writes, to prove a refusal wrote nothing. */
async function snap(store: Store): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const c of ['archiveVolumes', 'archiveItems', 'archiveCounters', 'archiveLookups', 'archiveDestructions', 'archiveConfig', 'audit', 'tickets', 'outbox']) {
    out[c] = await store.find(c, { orderBy: [['_id', 'asc']], limit: 1000 });
  }
  return out;
}

/** Six November registrations: 3 walk-in, 2 phone, 1 online (not in the register), one a complaint about the director. */
async function novemberContacts(f: ArchivesFixture): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  f.setNow(bj('2026-11-03 09:10'));
  ids.first = await f.register({ channel: 'walkIn', type: 'consultation', content: '咨询赡养费纠纷怎么处理', contact: { name: '陈大爷', phone: '13812345678' }, answeredOnSpot: '已当场解答' });
  f.setNow(bj('2026-11-05 14:00'));
  ids.phone = await f.register({ channel: 'phone', type: 'consultation', content: '来电咨询劳动合同', contact: { name: '李阿姨', phone: '13912345678' }, answeredOnSpot: '已电话解答' });
  f.setNow(bj('2026-11-12 10:00'));
  ids.complaint = await f.register({
    channel: 'walkIn', type: 'complaint', content: '投诉主任态度不好', contact: { name: '王投诉', phone: '13712345678' },
    complaint: { scope: 'attitude', respondentName: '示例·刘某', respondentStaffId: 'staff:demo-director' },
  });
  f.setNow(bj('2026-11-20 16:30'));
  ids.mediation = await f.register({ channel: 'walkIn', type: 'mediation', content: '邻里宅基地纠纷申请调解', contact: { name: '赵大哥', phone: '13612345678' } });
  f.setNow(bj('2026-11-30 23:50'));
  ids.late = await f.register({ channel: 'phone', type: 'consultation', content: '来电咨询遗嘱', contact: { name: '孙奶奶', phone: '13512345678' }, answeredOnSpot: '已电话解答' });
  f.setNow(bj('2026-12-01 00:10'));
  ids.december = await f.register({ channel: 'walkIn', type: 'consultation', content: '十二月的来访', contact: { name: '周先生', phone: '13412345678' }, answeredOnSpot: '已当场解答' });
  return ids;
}

/** Takes a volume from 待审查 to 已归档 by the rule's people. */
async function fileVolume(f: ArchivesFixture, volumeId: string): Promise<VolumeView> {
  data(await f.call('step', { volumeId, step: 'pass' }, who.archivist));
  data(await f.call('step', { volumeId, step: 'bind' }, who.archivist));
  data(await f.call('step', { volumeId, step: 'directorReview', note: '已审阅' }, who.director));
  return volumeOf(await f.call('step', { volumeId, step: 'file' }, who.archivist));
}

export function describeArchivesSuite(name: string, make: Make): void {
  describe(`archives on ${name}`, () => {
    let f: ArchivesFixture;
    let cleanup: () => Promise<void>;
    let ids: Record<string, string>;
    beforeEach(async () => {
      const made = await make();
      cleanup = made.cleanup;
      f = await makeFixture(made.store, bj('2026-11-01 09:00'));
      ids = await novemberContacts(f);
      f.setNow(bj('2026-12-02 09:30'));
    });
    afterEach(() => cleanup());

    it('binds last month’s walk-in and phone registrations into one volume with 件号 in order, and answers the same volume again', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      expect(volume).toMatchObject({
        id: 'vol:consultation:2026-11', archiveCode: 'X001-WS·2026-D10-ZX-0001～0005', category: 'consultation', itemCount: 5,
        status: 'handedIn', retention: 'D10', retentionLabel: '定期10年', retentionEndsOn: '2036-12-31', fonds: 'X001', categoryLabel: '法律咨询类',
      });
      const { items } = data(await f.call('volume', { volumeId: volume.id }, who.admin));
      expect(items.map((i: any) => [i.archiveCode, i.subject, i.date])).toEqual([
        ['X001-WS·2026-D10-ZX-0001', `ticket:${ids.first}`, '2026-11-03'],
        ['X001-WS·2026-D10-ZX-0002', `ticket:${ids.phone}`, '2026-11-05'],
        ['X001-WS·2026-D10-ZX-0003', `ticket:${ids.complaint}`, '2026-11-12'],
        ['X001-WS·2026-D10-ZX-0004', `ticket:${ids.mediation}`, '2026-11-20'],
        ['X001-WS·2026-D10-ZX-0005', `ticket:${ids.late}`, '2026-11-30'],
      ]);
      expect(items[0]).toMatchObject({ title: '法律咨询（现场来访）', contact: { name: '陈大爷', phone: '13812345678' } });
      const before = await snap(f.runtime.store);
      expect(volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.director))).toEqual(volume);
      expect(await snap(f.runtime.store)).toEqual(before);
    });

    it('answers two taps at once with one volume, its items and 件号 taken once', async () => {
      const [a, b] = await Promise.all([
        f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin),
        f.call('buildMonthlyVolume', { month: '2026-11' }, who.archivist),
      ]);
      expect(volumeOf(a).id).toBe(volumeOf(b).id);
      expect(await f.runtime.store.count('archiveVolumes')).toBe(1);
      expect(await f.runtime.store.count('archiveItems')).toBe(5);
      expect((await f.runtime.store.get<any>('archiveCounters', 'counter:X001-WS·2026-D10-ZX'))!.next).toBe(6);
      f.setNow(bj('2027-01-04 09:00'));
      const december = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-12' }, who.admin));
      expect(december.archiveCode).toBe('X001-WS·2026-D10-ZX-0006');
    });

    it('refuses a month not yet ended, a lookup without purpose and destruction without approval, writing nothing', async () => {
      const before = await snap(f.runtime.store);
      expect(failure(await f.call('buildMonthlyVolume', { month: '2026-12' }, who.admin))).toMatchObject({ code: 'CONFLICT', field: 'month' });
      expect(failure(await f.call('buildMonthlyVolume', { month: '2026-13' }, who.admin))).toMatchObject({ code: 'VALIDATION', field: 'month' });
      expect(await snap(f.runtime.store)).toEqual(before);
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      const built = await snap(f.runtime.store);
      const noPurpose = failure(await f.call('lookup', { volumeId: volume.id, purpose: '  ' }, who.director));
      expect(noPurpose).toMatchObject({ code: 'VALIDATION', field: 'purpose' });
      expect(noPurpose.message).toContain('查阅目的');
      expect(failure(await f.call('destroy', { volumeId: volume.id, approvalRef: '县司发〔2037〕5号' }, who.admin)).code).toBe('CONFLICT');
      expect(failure(await f.call('step', { volumeId: volume.id, step: 'return' }, who.archivist))).toMatchObject({ code: 'VALIDATION', field: 'note' });
      expect(failure(await f.call('step', { volumeId: volume.id, step: 'file' }, who.archivist)).code).toBe('CONFLICT');
      expect(await snap(f.runtime.store)).toEqual(built);
    });

    it('turns away residents, window staff and unit liaisons, and lets only the archivist review', async () => {
      for (const person of [who.resident, who.staff, who.liaison]) {
        expect(failure(await f.call('buildMonthlyVolume', { month: '2026-11' }, person)).code).toBe('FORBIDDEN');
        expect(failure(await f.call('lookups', {}, person)).code).toBe('FORBIDDEN');
      }
      expect(failure(await f.call('volumes', {}, who.anonymous)).code).toBe('UNAUTHENTICATED');
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      expect(failure(await f.call('step', { volumeId: volume.id, step: 'pass' }, who.director))).toMatchObject({ code: 'FORBIDDEN' });
      expect(failure(await f.call('updateSettings', { fonds: 'X002' }, who.archivist)).code).toBe('FORBIDDEN');
    });

    it('reviews before filing: a return is a task for the handler, then pass, bind, 领导审阅, file and hand over, each on the history and audit trail', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      const returned = volumeOf(await f.call('step', { volumeId: volume.id, step: 'return', note: '缺11月20日调解登记的当事人签名' }, who.archivist));
      expect(returned).toMatchObject({ status: 'returned', statusLabel: '已退回补正', returnedNote: '缺11月20日调解登记的当事人签名' });
      const task = await f.runtime.store.find<any>('inbox', { where: { recipient: 'staff:staff:demo-admin' }, limit: 50 });
      expect(task.filter((t) => t.purpose === 'archiveReturned').map((t) => t.body)).toEqual([expect.stringContaining('缺11月20日调解登记的当事人签名')]);
      expect(failure(await f.call('step', { volumeId: volume.id, step: 'handIn' }, who.director)).code).toBe('FORBIDDEN');
      data(await f.call('step', { volumeId: volume.id, step: 'handIn', note: '已补签名' }, who.admin));
      const filed = await fileVolume(f, volume.id);
      const handedOver = volumeOf(await f.call('step', { volumeId: volume.id, step: 'handOver' }, who.archivist));
      expect(filed.status).toBe('filed');
      expect(handedOver.history.map((h) => h.step)).toEqual(['build', 'handIn', 'return', 'handIn', 'pass', 'bind', 'directorReview', 'file', 'handOver']);
      const audit = await f.runtime.store.find<any>('audit', { where: { subject: `archiveVolume:${volume.id}` }, orderBy: [['at', 'asc']], limit: 50 });
      expect(audit.map((a) => a.action).sort()).toEqual(['archives.bind', 'archives.build', 'archives.directorReview', 'archives.file', 'archives.handIn', 'archives.handOver', 'archives.pass', 'archives.return'].sort());
      expect(data(await f.call('volume', { volumeId: volume.id }, who.director)).items).toBeUndefined();
    });

    it('reads a filed volume only with a purpose on the 查阅登记 register, never showing the complainant to the person complained about', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      await fileVolume(f, volume.id);
      f.setNow(bj('2026-12-10 15:00'));
      const read = data(await f.call('lookup', { volumeId: volume.id, purpose: '核对11月咨询登记' }, who.director));
      const complaint = read.items.find((i: any) => i.subject === `ticket:${ids.complaint}`);
      expect(complaint.contact).toEqual({});
      expect(JSON.stringify(read)).not.toContain('王投诉');
      expect(JSON.stringify(read)).not.toContain('13712345678');
      expect(read.items.find((i: any) => i.subject === `ticket:${ids.first}`).contact).toEqual({ name: '陈大爷', phone: '13812345678' });
      f.setNow(bj('2026-12-10 15:05'));
      const byAdmin = data(await f.call('lookup', { volumeId: volume.id, purpose: '年度检查' }, who.admin));
      expect(byAdmin.items.find((i: any) => i.subject === `ticket:${ids.complaint}`).contact).toEqual({ name: '王投诉', phone: '13712345678' });
      const register = data(await f.call('lookups', { volumeId: volume.id }, who.archivist)).items;
      expect(register.map((r: any) => [r.by, r.purpose])).toEqual([['示例·刘某', '核对11月咨询登记'], ['示例·赵某', '年度检查']]);
      expect(register[0].at).toBe(bj('2026-12-10 15:00'));
      const { fileName, base64 } = data(await f.call('lookupsXlsx', {}, who.director));
      expect(fileName).toBe('档案查阅登记.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(base64, 'base64'));
      const rows = wb.getWorksheet('查阅登记')!.getSheetValues().filter(Boolean).map((r: any) => r.slice(1));
      expect(rows[1]).toEqual(['序号', '查阅时间', '查阅人', '档号', '查阅目的']);
      expect(rows.slice(2).map((r: any) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
        [1, '2026-12-10 15:00', '示例·刘某', 'X001-WS·2026-D10-ZX-0001～0005', '核对11月咨询登记'],
        [2, '2026-12-10 15:05', '示例·赵某', 'X001-WS·2026-D10-ZX-0001～0005', '年度检查'],
      ]);
    });

    it('shows the archivist, keeper of the files, who each item is about and what happened, the phone masked and a complainant only masked', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      const inReview = data(await f.call('volume', { volumeId: volume.id }, who.archivist)).items;
      const first = inReview.find((i: any) => i.subject === `ticket:${ids.first}`);
      expect(first).toMatchObject({ contact: { name: '陈大爷', phone: '138****5678' }, summary: '咨询赡养费纠纷怎么处理' });
      const complaint = inReview.find((i: any) => i.subject === `ticket:${ids.complaint}`);
      expect(complaint.contact).toEqual({ name: '王**', phone: '137****5678' });
      expect(JSON.stringify(inReview)).not.toContain('13812345678');
      expect(JSON.stringify(inReview)).not.toContain('王投诉');
      await fileVolume(f, volume.id);
      const read = data(await f.call('lookup', { volumeId: volume.id, purpose: '核对归档' }, who.archivist)).items;
      expect(read.find((i: any) => i.subject === `ticket:${ids.phone}`).contact).toEqual({ name: '李阿姨', phone: '139****5678' });
      expect(failure(await invoke(tickets, { action: 'get', id: ids.first }, who.archivist, f.runtime)).code).toBe('FORBIDDEN');
    });

    it('destroys a volume only after its retention, appraisal and recorded approval, removing its people’s data and keeping the 销毁清册', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      await fileVolume(f, volume.id);
      data(await f.call('lookup', { volumeId: volume.id, purpose: '核对' }, who.director));
      data(await invoke(tickets, { action: 'get', id: ids.complaint }, who.admin, f.runtime));
      expect(await f.runtime.store.count('accessLog', { subject: `ticket:${ids.complaint}` })).toBeGreaterThan(0);
      f.setNow(bj('2036-12-31 16:00'));
      for (const person of [who.archivist, who.admin]) {
        expect(failure(await f.call('proposeAppraisal', { volumeId: volume.id, opinion: '建议销毁' }, person)).code).toBe('CONFLICT');
      }
      f.setNow(bj('2037-02-01 10:00'));
      expect(failure(await f.call('destroy', { volumeId: volume.id, approvalRef: '县司发〔2037〕5号' }, who.admin))).toMatchObject({ code: 'CONFLICT', field: 'approvalRef' });
      expect(volumeOf(await f.call('proposeAppraisal', { volumeId: volume.id, opinion: '经法律援助中心鉴定，已无保存价值' }, who.archivist)).status).toBe('appraisalProposed');
      expect(failure(await f.call('approveDestruction', { volumeId: volume.id, approver: '县司法局', documentNo: '县司发〔2037〕5号', date: '2037-02-02' }, who.admin)).field).toBe('date');
      data(await f.call('approveDestruction', { volumeId: volume.id, approver: '县司法局', documentNo: '县司发〔2037〕5号', date: '2037-01-28' }, who.admin));
      expect(failure(await f.call('destroy', { volumeId: volume.id, approvalRef: '县司发〔2037〕6号' }, who.admin)).field).toBe('approvalRef');
      const { volume: destroyed, register } = data(await f.call('destroy', { volumeId: volume.id, approvalRef: '县司发〔2037〕5号' }, who.archivist));
      expect(destroyed.status).toBe('destroyed');
      expect(register).toMatchObject({ archiveCode: volume.archiveCode, itemCount: 5, approver: '县司法局', documentNo: '县司发〔2037〕5号', approvedOn: '2037-01-28', by: '示例·吴某' });
      const store = f.runtime.store;
      for (const id of [ids.first, ids.phone, ids.complaint, ids.mediation, ids.late]) {
        expect(await store.get('tickets', id)).toBeNull();
        expect(await store.find('audit', { where: { subject: `ticket:${id}` } })).toEqual([]);
        expect(await store.find('accessLog', { where: { subject: `ticket:${id}` } })).toEqual([]);
        expect(await store.find('clocks', { where: { subject: `ticket:${id}` } })).toEqual([]);
      }
      expect(await store.get('tickets', ids.december)).not.toBeNull();
      const everything = JSON.stringify(await Promise.all(['tickets', 'archiveItems', 'archiveVolumes', 'archiveDestructions', 'audit', 'accessLog', 'clocks', 'resultCalls'].map((c) => store.find(c, { limit: 1000 }))));
      for (const personal of ['陈大爷', '13812345678', '李阿姨', '王投诉', '赡养费', '孙奶奶']) expect(everything).not.toContain(personal);
      expect(everything).toContain('周先生');
      expect(data(await f.call('destructions', {}, who.director)).items).toHaveLength(1);
      expect(failure(await f.call('lookup', { volumeId: volume.id, purpose: '再看看' }, who.director)).code).toBe('CONFLICT');
      expect(data(await f.call('destroy', { volumeId: volume.id, approvalRef: '县司发〔2037〕5号' }, who.archivist)).volume.status).toBe('destroyed');
    });

    it('lets the admin set the 全宗号 and retention, audited, for volumes built afterwards', async () => {
      const settings = data(await f.call('updateSettings', { fonds: 'x009', retention: { consultation: 30 }, why: '档案馆统一编号' }, who.admin));
      expect(settings).toEqual({ fonds: 'X009', retention: { consultation: 30, legalAid: 30, administration: 30 }, letterFiling: 'halfYearly' });
      expect(failure(await f.call('updateSettings', { fonds: 'X-9' }, who.admin))).toMatchObject({ code: 'VALIDATION', field: 'fonds' });
      const audit = await f.runtime.store.find<any>('audit', { where: { subject: 'archiveConfig:settings' } });
      expect(audit.map((a) => [a.from.fonds, a.to.fonds, a.why])).toEqual([['X001', 'X009', '档案馆统一编号']]);
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      expect(volume).toMatchObject({ archiveCode: 'X009-WS·2026-D30-ZX-0001～0005', retentionEndsOn: '2056-12-31', retentionLabel: '定期30年' });
    });
  });
}
