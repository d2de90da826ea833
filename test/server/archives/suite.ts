/**
 * The archive (issue 15, rule 九) on any Store adapter: run on the embedded SQLite store
 * (sqlite.test.ts) and on the CloudBase adapter over the local double (cloudbase.test.ts).
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { legalAid } from '../../../src/server/functions/legal-aid';
import { inbox } from '../../../src/server/functions/inbox';
import { runDailyJobs } from '../../../src/server/scheduler/run-jobs';
import { loadCalendar } from '../../../src/server/deadlines';
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
  for (const c of ['archiveVolumes', 'archiveItems', 'archiveCounters', 'archiveCaseFiles', 'archiveLookups', 'archiveDestructions', 'archiveConfig', 'audit', 'tickets', 'outbox']) {
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
      expect(failure(await invoke(tickets, { action: 'get', id: ids.first }, who.archivist, f.runtime)).code).toBe('NOT_FOUND'); // outside the archive they are nobody to the matter
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

    it('files the half year’s letters as one volume — 来信 with photos, 公文处理单, 拟办回信底稿, 回信正稿 in that order — once, by the setting', async () => {
      f.setNow(bj('2026-12-08 10:00'));
      const letter = await f.register({ channel: 'letter', type: 'consultation', content: '来信咨询土地承包经营权流转', contact: { name: '钱老伯', phone: '13312345678' }, letterPhotoIds: ['f_0123456789abcdef0123456789abcdef'] });
      data(await invoke(tickets, { action: 'reply', id: letter, text: '拟复：土地流转须签订书面合同，建议到村委会备案。' }, who.staff, f.runtime));
      f.setNow(bj('2026-12-10 11:00'));
      data(await invoke(tickets, { action: 'close', id: letter, result: '已复函：土地流转应签订书面合同并到村委会备案，可来站免费审查合同。' }, who.staff, f.runtime));
      f.setNow(bj('2026-12-15 17:05'));
      const box = data(await invoke(tickets, { action: 'registerMailbox', requestId: 'box-20261215-a', letters: [{ type: 'suggestion', content: '建议大厅多放几把椅子', name: '匿名' }] }, who.staff, f.runtime));
      f.setNow(bj('2026-12-28 09:00'));
      expect(failure(await f.call('buildLettersVolume', { period: '2026-H2' }, who.archivist))).toMatchObject({ code: 'CONFLICT', field: 'period' });
      expect(failure(await f.call('buildLettersVolume', { period: '2026-H3' }, who.archivist))).toMatchObject({ code: 'VALIDATION', field: 'period' });
      f.setNow(bj('2027-01-04 09:30'));
      expect(failure(await f.call('buildLettersVolume', { period: '2026' }, who.archivist))).toMatchObject({ code: 'VALIDATION', field: 'period' });
      const volume = volumeOf(await f.call('buildLettersVolume', { period: '2026-h2' }, who.archivist));
      expect(volume).toMatchObject({ id: 'vol:letters:2026-H2', category: 'administration', archiveCode: 'X001-WS·2026-D30-XZ-0001～0002', itemCount: 2, status: 'handedIn', title: '2026年下半年 法律服务来信（函）' });
      const { items } = data(await f.call('volume', { volumeId: volume.id }, who.archivist));
      expect(items.map((i: any) => [i.archiveCode, i.subject, i.title])).toEqual([
        ['X001-WS·2026-D30-XZ-0001', `ticket:${letter}`, '法律咨询（信函）'],
        ['X001-WS·2026-D30-XZ-0002', `ticket:${box.tickets[0].id}`, '意见建议（投诉意见箱）'],
      ]);
      const parts = items[0].parts;
      expect(parts.map((p: any) => p.label)).toEqual(['来信（函）', '公文处理单', '拟办回信（函）底稿', '回信（函）正稿']);
      expect(parts[0]).toMatchObject({ text: '来信咨询土地承包经营权流转', photoIds: ['f_0123456789abcdef0123456789abcdef'] });
      expect(parts[1].text).toContain('收文日期：2026-12-08');
      expect(parts[1].text).toContain('来信人：钱老伯');
      expect(parts[2].text).toContain('拟复：土地流转须签订书面合同');
      expect(parts[3].text).toContain('已复函');
      expect(parts.some((p: any) => p.missing)).toBe(false);
      expect(items[1].parts.filter((p: any) => p.missing).map((p: any) => p.kind)).toEqual(['draft', 'reply']);
      expect(items[0].contact).toEqual({ name: '钱老伯', phone: '133****5678' });
      const before = await snap(f.runtime.store);
      expect(volumeOf(await f.call('buildLettersVolume', { period: '2026-H2' }, who.director))).toEqual({ ...volume, steps: [] });
      expect(await snap(f.runtime.store)).toEqual(before);
      data(await f.call('updateSettings', { letterFiling: 'yearly', why: '来信较少，改为一年一卷' }, who.admin));
      f.setNow(bj('2028-01-03 10:00'));
      expect(volumeOf(await f.call('buildLettersVolume', { period: '2027' }, who.archivist))).toMatchObject({ id: 'vol:letters:2027', itemCount: 0, title: '2027年 法律服务来信（函）' });
      const audit = await f.runtime.store.find<any>('audit', { where: { subject: 'archiveConfig:settings' } });
      expect(audit.map((a) => [a.from.letterFiling, a.to.letterFiling])).toEqual([['halfYearly', 'yearly']]);
    });

    it('gives the archivist the half-yearly hand-over in the first week of January once, and closes it when the half year is handed over', async () => {
      const volume = volumeOf(await f.call('buildMonthlyVolume', { month: '2026-11' }, who.admin));
      await fileVolume(f, volume.id);
      const calendar = await loadCalendar(f.runtime.store);
      const tasks = () => f.runtime.store.find<any>('inbox', { where: { recipient: 'staff:staff:demo-archivist' }, limit: 50 }).then((all) => all.filter((t) => t.purpose === 'archiveHandOver'));
      expect((await runDailyJobs(f.runtime.store, calendar, bj('2026-12-07 09:30'))).archiveHandOver).toBe('not-due');
      expect((await runDailyJobs(f.runtime.store, calendar, bj('2027-01-04 08:30'))).archiveHandOver).toBe('not-due');
      expect((await runDailyJobs(f.runtime.store, calendar, bj('2027-01-04 09:30'))).archiveHandOver).toBe('ran');
      expect((await runDailyJobs(f.runtime.store, calendar, bj('2027-01-05 09:30'))).archiveHandOver).toBe('already');
      const opened = await tasks();
      expect(opened.map((t) => [t.title, t.subject, t.link])).toEqual([['2026年下半年案卷送交统一保管', 'archiveHandOver:2026-H2', '/packages/archives/pages/volumes/index']]);
      f.setNow(bj('2027-01-05 10:00'));
      const listed = () => invoke(inbox, { action: 'list' }, who.archivist, f.runtime).then((r) => data(r).items.find((i: any) => i.subject === 'archiveHandOver:2026-H2'));
      expect(await listed()).toMatchObject({ overdue: false, dueAt: bj('2027-01-08 17:00') });
      expect((await listed()).settled).toBeUndefined();
      expect(failure(await f.call('handOver', { half: '2026-H3' }, who.archivist))).toMatchObject({ code: 'VALIDATION', field: 'half' });
      expect(failure(await f.call('handOver', { half: '2026-H2' }, who.director)).code).toBe('FORBIDDEN');
      const done = data(await f.call('handOver', { half: '2026-H2' }, who.archivist));
      expect(done.volumes.map((v: VolumeView) => [v.id, v.status])).toEqual([['vol:consultation:2026-11', 'handedOver']]);
      expect(done).toMatchObject({ remaining: [], done: true });
      expect(await listed()).toMatchObject({ settled: true, overdue: false, dueAt: null });
      expect((await f.runtime.store.find<any>('clocks', { where: { subject: 'archiveHandOver:2026-H2' } })).map((c) => c.state)).toEqual(['stopped']);
      const again = data(await f.call('handOver', { half: '2026-H2' }, who.archivist));
      expect(again).toMatchObject({ volumes: [], remaining: [], done: true });
      expect(await tasks()).toHaveLength(1);
    });

    it('binds a closed legal-aid case into one .docx: 案卷封面, 卷内目录, 案卷材料, 结案报告表, 封底 in that order, its 档号 given once', async () => {
      const la = (action: string, payload: Record<string, unknown>, as: any) => invoke(legalAid, { action, ...payload }, as, f.runtime);
      const worker = { openid: 'demo-legal-aid-worker' } as any;
      f.setNow(bj('2026-12-03 10:00'));
      const app = data(await la('apply', {
        requestId: 'la-archive-0001', applicant: { name: '陈大爷', phone: '13812345678', idNumber: '360122195003010019' }, groups: [],
        matter: { kind: 'alimony', summary: '三个子女都不给赡养费，想请律师帮忙起诉。' }, hardship: 'dibao', photoIds: ['f_0123456789abcdef0123456789abcdef'],
      }, who.resident)).application;
      data(await la('accept', { id: app.id }, who.staff));
      data(await la('decide', { id: app.id, grant: true }, who.director));
      data(await la('assign', { id: app.id, workerId: 'law_sample1' }, who.director));
      expect(failure(await f.call('caseFile', { applicationId: app.id }, who.archivist))).toMatchObject({ code: 'CONFLICT', field: 'applicationId' });
      data(await la('recordProgress', { id: app.id, kind: 'contact', text: '电话联系陈大爷，约定上门了解情况' }, worker));
      f.setNow(bj('2026-12-20 10:00'));
      data(await la('close', { id: app.id, result: 'mediated', report: '经调解，三子女每月各支付赡养费500元。' }, worker));
      expect(failure(await f.call('caseFile', { applicationId: app.id }, who.staff)).code).toBe('FORBIDDEN');
      expect(data(await f.call('closedCases', {}, who.archivist)).items).toEqual([{ applicationId: app.id, applicant: '陈大爷', matter: '赡养费、抚养费、扶养费', closedOn: '2026年12月20日', archiveCode: null }]);
      f.setNow(bj('2026-12-22 09:00'));
      const file = data(await f.call('caseFile', { applicationId: app.id }, who.archivist));
      expect(file).toMatchObject({ fileName: '法律援助案卷-X001-WS·2026-D30-YZ-0001.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const bytes = Buffer.from(file.base64, 'base64');
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const text = (await mammoth.extractRawText({ buffer: bytes })).value;
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      const at = (s: string) => lines.indexOf(s);
      const order = ['案卷封面', '卷内目录', '案卷材料', '结案报告表', '封底'].map(at);
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      const materials = ['1. 法律援助申请', '2. 法律援助申请受理回执', '3. 给予法律援助决定书', '4. 法律援助指派通知书', '5. 法律援助办理进展记录'].map(at);
      expect(materials.every((i) => i > at('案卷材料') && i < at('结案报告表'))).toBe(true);
      expect([...materials].sort((a, b) => a - b)).toEqual(materials);
      expect(text).toContain('X001-WS·2026-D30-YZ-0001');
      expect(text).toContain('陈大爷');
      expect(text).toContain('138****5678');
      expect(text).not.toContain('13812345678');
      expect(text).not.toContain('360122195003010019');
      expect(text).toContain('经调解，三子女每月各支付赡养费500元。');
      expect(text).toContain('电话联系陈大爷，约定上门了解情况');
      const byDirector = data(await f.call('caseFile', { applicationId: app.id }, who.director));
      expect(byDirector.fileName).toBe(file.fileName);
      expect((await mammoth.extractRawText({ buffer: Buffer.from(byDirector.base64, 'base64') })).value).toContain('13812345678');
      expect(await f.runtime.store.count('archiveCaseFiles')).toBe(1);
      const reads = await f.runtime.store.find<any>('accessLog', { where: { subject: `legalAid:${app.id}` }, limit: 100 });
      expect(reads.filter((r) => r.via === 'archives.caseFile').map((r) => [r.name, r.fields])).toEqual(expect.arrayContaining([
        ['示例·吴某', ['caseFile']], ['示例·刘某', ['caseFile', 'applicant.phone', 'applicant.idNumber']],
      ]));
      expect(data(await f.call('closedCases', {}, who.archivist)).items[0].archiveCode).toBe('X001-WS·2026-D30-YZ-0001');
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
