import ExcelJS from 'exceljs';
import type { Runtime } from '../../../src/server/core/define';
import { resolveActor } from '../../../src/server/core/actor';
import { runDailyJobs } from '../../../src/server/scheduler/run-jobs';
import { loadCalendar } from '../../../src/server/deadlines';
import { recordUpload, sweepUnreferencedPhotos } from '../../../src/server/files/uploads';
import { as } from '../../support/runtime';
import { at, call, data, error, me, registerPhone, rid, rosterNames, snapshotOf } from './helpers';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => Promise<void> }>;

const newcomer = { openid: 'o-newcomer-1' };
const other = { openid: 'o-newcomer-2' };

/** The people function's behaviour, run on both stores. */
export function describePeopleSuite(name: string, make: Make): void {
  describe(`people on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ runtime, cleanup } = await make()));
    afterEach(async () => cleanup());

    const inviteOf = async (payload: Record<string, unknown>) => data(await call(runtime, 'invite', payload, as.admin)).invitation;

    it('in the cloud the admin gets the stored 小程序码 for the join page with the code as scene, asked of WeChat once', async () => {
      const asked: Array<{ scene: string; page: string }> = [];
      runtime.miniProgramCode = {
        stored: true,
        async imageFor(request) {
          asked.push(request);
          return `cloud://env/invitations/${request.scene}.png`;
        },
      };
      const inv = await inviteOf({ name: '王某', roles: ['staff'], requestId: rid() });
      expect(inv.qrDataUrl).toBe(`cloud://env/invitations/${inv.code}.png`);
      expect(asked).toEqual([{ scene: inv.code, page: 'packages/people/pages/join/index' }]);
      const list = data(await call(runtime, 'invitations', {}, as.admin)).items;
      expect(list[0].qrDataUrl).toBe(`cloud://env/invitations/${inv.code}.png`);
      expect(asked).toHaveLength(1);
    });

    it('when no 小程序码 can be made now the invitation still stands, without an image', async () => {
      runtime.miniProgramCode = { stored: true, imageFor: async () => null };
      const inv = await inviteOf({ name: '王某', roles: ['staff'] });
      expect(inv.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect(inv).not.toHaveProperty('qrDataUrl');
    });

    it('an invited person who accepts the code becomes staff with exactly the chosen roles and sees the workbench', async () => {
      const inv = await inviteOf({ name: '王某', roles: ['staff'], badge: { post: '窗口接待', duty: '接待来访来电', scope: '法律咨询' } });
      expect(inv.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      expect(inv.expiresAt).toBe(Date.parse('2026-11-29T10:00:00+08:00'));
      expect(inv.path).toBe(`packages/people/pages/join/index?code=${inv.code}`);
      expect(inv.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      expect((await me(runtime, newcomer)).kind).toBe('resident');

      const { staff } = data(await call(runtime, 'acceptInvitation', { code: inv.code.toLowerCase() }, newcomer));
      expect(staff).toMatchObject({ name: '王某', roles: ['staff'], active: true, badgeShown: true });
      expect(await me(runtime, newcomer)).toEqual({ kind: 'staff', name: '王某', roles: ['staff'] });
      expect(await rosterNames(runtime)).toContain('王某');
      const list = data(await call(runtime, 'invitations', {}, as.admin)).items;
      expect(list[0]).toMatchObject({ code: inv.code, state: 'used', usedBy: { name: '王某' } });
    });

    it('a used, expired or revoked invitation is refused with a clear message and writes nothing', async () => {
      const used = await inviteOf({ name: '王某', roles: ['staff'] });
      data(await call(runtime, 'acceptInvitation', { code: used.code }, newcomer));
      const expired = await inviteOf({ name: '李某', roles: ['staff'] });
      const revoked = await inviteOf({ name: '周某', roles: ['staff'] });
      data(await call(runtime, 'revokeInvitation', { code: revoked.code }, as.admin));
      const later = at(runtime, '2026-11-29T10:00:00+08:00');
      const before = await snapshotOf(runtime.store);
      expect(error(await call(later, 'acceptInvitation', { code: used.code }, other))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已经使用过') });
      expect(error(await call(later, 'acceptInvitation', { code: expired.code }, other))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已过期') });
      expect(error(await call(later, 'acceptInvitation', { code: revoked.code }, other))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('撤销') });
      expect(error(await call(later, 'acceptInvitation', { code: 'ZZZZZZZZ' }, other))).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
      expect(await snapshotOf(runtime.store)).toEqual(before);
      expect((await me(later, other)).kind).toBe('resident');
    });

    it('an invitation is still good one minute before its 72 hours are up', async () => {
      const inv = await inviteOf({ name: '李某', roles: ['staff', 'director'] });
      const { staff } = data(await call(at(runtime, '2026-11-29T09:59:00+08:00'), 'acceptInvitation', { code: inv.code }, newcomer));
      expect(staff.roles).toEqual(['staff', 'director']);
    });

    it('a resident, window staff or the director managing accounts is refused and nothing is written', async () => {
      const inv = await inviteOf({ name: '王某', roles: ['staff'] });
      const before = await snapshotOf(runtime.store);
      for (const who of [as.resident, as.staff, as.director]) {
        for (const [action, payload] of [
          ['invite', { name: '坏人', roles: ['admin'] }], ['setRoles', { staffId: 'staff:demo-staff', roles: ['admin'] }],
          ['deactivate', { staffId: 'staff:demo-admin' }], ['reactivate', { staffId: 'staff:demo-staff' }],
          ['revokeInvitation', { code: inv.code }], ['list', {}], ['invitations', {}],
        ] as const) {
          expect(error(await call(runtime, action, payload, who)).code).toBe('FORBIDDEN');
        }
      }
      expect(error(await call(runtime, 'invite', { name: '坏人', roles: ['admin'] }, as.anonymous)).code).toBe('UNAUTHENTICATED');
      expect(await snapshotOf(runtime.store)).toEqual(before);
    });

    it('a double tap on invite makes one invitation; bad roles are refused naming the field', async () => {
      const requestId = rid();
      const a = await inviteOf({ name: '王某', roles: ['staff'], requestId });
      const b = await inviteOf({ name: '王某', roles: ['staff'], requestId });
      expect(b.code).toBe(a.code);
      expect(data(await call(runtime, 'invitations', {}, as.admin)).items).toHaveLength(1);
      expect(error(await call(runtime, 'invite', { name: '王某', roles: [] }, as.admin))).toMatchObject({ code: 'VALIDATION', field: 'roles', message: '请至少选择一个岗位角色' });
      expect(error(await call(runtime, 'invite', { name: '王某', roles: ['root'] }, as.admin))).toMatchObject({ code: 'VALIDATION', field: 'roles.0' });
      expect(error(await call(runtime, 'invite', { name: '', roles: ['staff'] }, as.admin))).toMatchObject({ code: 'VALIDATION', field: 'name', message: '「姓名」不能为空' });
      expect(error(await call(runtime, 'invite', { name: '联络员', roles: ['unitLiaison'] }, as.admin))).toMatchObject({ field: 'unitIds' });
    });

    it("a unit liaison's units come from the staff table onto the actor", async () => {
      const inv = await inviteOf({ name: '林业站联络员', roles: ['unitLiaison'], unitIds: ['unit:forestry'] });
      data(await call(runtime, 'acceptInvitation', { code: inv.code }, newcomer));
      expect(await resolveActor(runtime.store, newcomer)).toMatchObject({ kind: 'staff', roles: ['unitLiaison'], unitIds: ['unit:forestry'] });
      expect(error(await call(runtime, 'studyProgress', { year: 2026 }, newcomer)).code).toBe('FORBIDDEN');
    });

    it('one person cannot accept two invitations into two accounts', async () => {
      const a = await inviteOf({ name: '王某', roles: ['staff'] });
      const b = await inviteOf({ name: '王某', roles: ['staff', 'admin'] });
      data(await call(runtime, 'acceptInvitation', { code: a.code }, newcomer));
      expect(error(await call(runtime, 'acceptInvitation', { code: b.code }, newcomer))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已经是') });
      expect((await me(runtime, newcomer)).roles).toEqual(['staff']);
      expect(error(await call(runtime, 'acceptInvitation', { code: b.code }, as.staff)).code).toBe('CONFLICT');
    });

    it('a role change applies at the next call', async () => {
      expect(data(await call(runtime, 'openMatters', { staffId: 'staff:demo-staff' }, as.director)).items).toEqual([]);
      data(await call(runtime, 'setRoles', { staffId: 'staff:demo-director', roles: ['staff'] }, as.admin));
      expect(error(await call(runtime, 'openMatters', { staffId: 'staff:demo-staff' }, as.director)).code).toBe('FORBIDDEN');
      const audit = await runtime.store.find<any>('audit', { where: { subject: 'staff:demo-director' }, limit: 10 });
      expect(audit).toEqual([expect.objectContaining({ action: 'people.setRoles', from: expect.objectContaining({ roles: ['staff', 'director'] }), to: expect.objectContaining({ roles: ['staff'] }) })]);
    });

    it('deactivating leaves at once, takes the badge off the roster and lists the open matters; reactivating brings both back', async () => {
      const ticketId = await registerPhone(runtime, as.staff, rid());
      expect(await rosterNames(runtime)).toContain('示例·张某');
      const out = data(await call(runtime, 'deactivate', { staffId: 'staff:demo-staff' }, as.admin));
      expect(out.staff.active).toBe(false);
      expect(out.badgeRemoved).toBe(true);
      expect(out.openMatters).toEqual([expect.objectContaining({ type: 'ticket', id: ticketId, link: expect.stringContaining(ticketId) })]);
      expect((await me(runtime, as.staff)).kind).toBe('resident');
      expect(error(await call(runtime, 'studyProgress', { year: 2026 }, as.staff)).code).toBe('FORBIDDEN');
      expect(await rosterNames(runtime)).not.toContain('示例·张某');
      expect(data(await call(runtime, 'openMatters', { staffId: 'staff:demo-staff' }, as.director)).items).toHaveLength(1);

      const back = data(await call(runtime, 'reactivate', { staffId: 'staff:demo-staff' }, as.admin));
      expect(back).toMatchObject({ staff: { active: true, badgeShown: true }, badgeRestored: true });
      expect(await rosterNames(runtime)).toContain('示例·张某');
      expect((await me(runtime, as.staff)).kind).toBe('staff');
      const actions = (await runtime.store.find<any>('audit', { orderBy: [['at', 'asc']], limit: 100 })).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['people.deactivate', 'content.remove', 'people.reactivate', 'content.restore']));
    });

    it('lists confirmed home visits and open callbacks too, and never shows the director a complaint about the director', async () => {
      const base = { createdAt: 1, updatedAt: 1 };
      await runtime.store.put('appointments', { _id: 'appt:hv1', kind: 'homeVisit', status: 'confirmed', service: 'homeVisit', openid: 'demo-resident', date: '2026-11-27', start: '09:00', end: '10:00', staffId: 'staff:demo-staff', ...base });
      await runtime.store.put('appointments', { _id: 'appt:hv2', kind: 'homeVisit', status: 'confirmed', service: 'homeVisit', openid: 'demo-resident', date: '2026-11-27', start: '10:00', end: '11:00', staffId: 'staff:demo-director', ...base });
      await runtime.store.put('callbackTasks', { _id: 'cb:ticket:tk_x', subject: { type: 'ticket', id: 'tk_x' }, status: 'open', dueAt: 5, title: '咨询回访', staff: { staffId: 'staff:demo-staff', name: '示例·张某' }, ...base });
      await runtime.store.put('tickets', {
        _id: 'tk_about_director', type: 'complaint', status: 'processing', open: true, queueKey: 'a', content: '对主任的投诉', contact: {}, ownerOpenid: 'demo-resident',
        assignee: { staffId: 'staff:demo-staff', name: '示例·张某' }, firstResponder: { staffId: 'staff:demo-staff', name: '示例·张某' },
        complaint: { scope: 'attitude', respondentStaffId: 'staff:demo-director', major: null }, dueAt: null, ...base,
      });
      const byAdmin = data(await call(runtime, 'openMatters', { staffId: 'staff:demo-staff' }, as.admin)).items.map((m: any) => `${m.type}:${m.id}`);
      expect(byAdmin.sort()).toEqual(['callback:cb:ticket:tk_x', 'homeVisit:appt:hv1', 'ticket:tk_about_director']);
      const byDirector = data(await call(runtime, 'openMatters', { staffId: 'staff:demo-staff' }, as.director)).items.map((m: any) => `${m.type}:${m.id}`);
      expect(byDirector.sort()).toEqual(['callback:cb:ticket:tk_x', 'homeVisit:appt:hv1']);
    });

    it('the last active admin can be neither deactivated nor demoted', async () => {
      const before = await snapshotOf(runtime.store);
      expect(error(await call(runtime, 'deactivate', { staffId: 'staff:demo-admin' }, as.admin))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('最后一位') });
      expect(error(await call(runtime, 'setRoles', { staffId: 'staff:demo-admin', roles: ['staff'] }, as.admin)).code).toBe('CONFLICT');
      expect(await snapshotOf(runtime.store)).toEqual(before);
      data(await call(runtime, 'setRoles', { staffId: 'staff:demo-director', roles: ['staff', 'director', 'admin'] }, as.admin));
      data(await call(runtime, 'setRoles', { staffId: 'staff:demo-admin', roles: ['staff'] }, as.admin));
      expect((await me(runtime, as.admin)).roles).toEqual(['staff']);
    });

    it('the admin is warned about active staff without a badge, and badges are one per person', async () => {
      const { warnings, items } = data(await call(runtime, 'list', {}, as.admin));
      expect(warnings).toEqual([expect.objectContaining({ staffId: 'staff:demo-admin', kind: 'noBadge' })]);
      expect(items.find((i: any) => i.staffId === 'staff:demo-staff')).toMatchObject({ badgeKey: 'badge:sample-window', badgeShown: true });
      expect(error(await call(runtime, 'linkBadge', { staffId: 'staff:demo-admin', badgeKey: 'badge:sample-window' }, as.admin)).code).toBe('CONFLICT');
      data(await call(runtime, 'linkBadge', { staffId: 'staff:demo-admin', badgeKey: 'badge:sample-legal-aid' }, as.admin));
      expect(data(await call(runtime, 'list', {}, as.admin)).warnings).toEqual([]);
    });

    it('the director registers 外出办案 for someone, it shows on their profile, and cancelling gives the places back', async () => {
      const absence = { staffId: 'staff:demo-staff', date: '2026-12-01', from: '09:00', to: '10:00', reason: '随案外出调查' };
      expect(error(await call(runtime, 'registerAbsenceFor', absence, as.staff)).code).toBe('FORBIDDEN');
      const res = data(await call(runtime, 'registerAbsenceFor', absence, as.director));
      expect(res.absence).toMatchObject({ staffId: 'staff:demo-staff', staffName: '示例·张某' });
      const slot = (start: string) => runtime.store.get<any>('appointmentSlots', `slot:2026-12-01:${start}`);
      expect((await slot('09:00'))?.withdrawn).toBe(1);
      const { absences } = data(await call(runtime, 'profile', {}, as.staff));
      expect(absences).toEqual([expect.objectContaining({ id: res.absence.id, date: '2026-12-01', from: '09:00', cancellable: true })]);
      expect(error(await call(runtime, 'profile', { staffId: 'staff:demo-director' }, as.staff)).code).toBe('FORBIDDEN');
      const cancelled = data(await call(runtime, 'cancelAbsence', { id: res.absence.id }, as.director));
      expect(cancelled.slotsReturned).toEqual(res.slotsAffected);
      for (const start of res.slotsAffected) expect((await slot(start))?.withdrawn).toBe(0);
      expect(data(await call(runtime, 'profile', { staffId: 'staff:demo-staff' }, as.director)).absences).toEqual([]);
      expect(error(await call(runtime, 'cancelAbsence', { id: res.absence.id }, as.director)).code).toBe('NOT_FOUND');
    });

    it('studyLog is idempotent and refuses more than 12 hours a day, future and unreal dates', async () => {
      const entry = { requestId: rid(), kind: 'group', date: '2026-11-25', hours: 8, topic: '法律援助法' };
      const first = data(await call(runtime, 'studyLog', entry, as.staff)).record;
      expect(data(await call(runtime, 'studyLog', entry, as.staff)).record).toEqual(first);
      expect(data(await call(runtime, 'studyProgress', { year: 2026 }, as.staff)).items).toEqual([
        expect.objectContaining({ staffId: 'staff:demo-staff', groupHours: 8, requiredHours: 30, behind: true }),
      ]);
      const before = await snapshotOf(runtime.store);
      expect(error(await call(runtime, 'studyLog', { ...entry, requestId: rid(), hours: 4.5 }, as.staff))).toMatchObject({ code: 'VALIDATION', field: 'hours', message: expect.stringContaining('已记 8 学时') });
      expect(error(await call(runtime, 'studyLog', { ...entry, requestId: rid(), hours: 13 }, as.staff))).toMatchObject({ code: 'VALIDATION', field: 'hours' });
      expect(error(await call(runtime, 'studyLog', { ...entry, requestId: rid(), hours: 0 }, as.staff))).toMatchObject({ code: 'VALIDATION', field: 'hours' });
      expect(error(await call(runtime, 'studyLog', { ...entry, requestId: rid(), date: '2026-11-27' }, as.staff))).toMatchObject({ code: 'VALIDATION', field: 'date', message: expect.stringContaining('不能晚于今天') });
      expect(error(await call(runtime, 'studyLog', { ...entry, requestId: rid(), date: '2026-02-30' }, as.staff))).toMatchObject({ code: 'VALIDATION', field: 'date' });
      expect(error(await call(runtime, 'studyLog', entry, as.resident)).code).toBe('FORBIDDEN');
      expect(await snapshotOf(runtime.store)).toEqual(before);
      data(await call(runtime, 'studyLog', { ...entry, requestId: rid(), hours: 4 }, as.staff));
    });

    it('the director records a session with attendance and sees who is behind and whether the central training was held', async () => {
      const session = { requestId: rid(), kind: 'group', date: '2026-11-20', hours: 3, topic: '民法典合同编', attendeeIds: ['staff:demo-staff', 'staff:demo-director'], absentees: [{ staffId: 'staff:demo-admin', reason: '外出办案' }] };
      expect(error(await call(runtime, 'studySession', session, as.staff)).code).toBe('FORBIDDEN');
      const saved = data(await call(runtime, 'studySession', session, as.director)).session;
      expect(saved.absentees).toEqual([{ staffId: 'staff:demo-admin', name: '示例·赵某', reason: '外出办案' }]);
      data(await call(runtime, 'studySession', session, as.director));
      let progress = data(await call(runtime, 'studyProgress', { year: 2026 }, as.director));
      expect(progress.centralHeld).toBe(false);
      expect(progress.items.map((i: any) => [i.name, i.groupHours, i.behind])).toEqual([['示例·张某', 3, true], ['示例·刘某', 3, true], ['示例·赵某', 0, true]]);
      expect(progress.station).toEqual({ groupHours: 6, requiredHours: 90, behindCount: 3 });
      data(await call(runtime, 'studySession', { ...session, requestId: rid(), kind: 'central', date: '2026-11-24', hours: 12, attendeeIds: ['staff:demo-staff'], absentees: [] }, as.director));
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'group', date: '2026-11-25', hours: 12, topic: '业务培训' }, as.staff));
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'group', date: '2026-11-26', hours: 3, topic: '业务培训' }, as.staff));
      progress = data(await call(runtime, 'studyProgress', { year: 2026 }, as.director));
      expect(progress.centralHeld).toBe(true);
      expect(progress.items[0]).toMatchObject({ groupHours: 30, behind: false });
      expect(data(await call(runtime, 'studyProgress', { year: 2026 }, as.staff)).items).toHaveLength(1);
    });

    it('a person behind pace gets one reminder in 我的待办 on the first working day of the month', async () => {
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'group', date: '2026-11-25', hours: 12, topic: '法律援助法' }, as.staff));
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'group', date: '2026-11-26', hours: 12, topic: '法律援助法' }, as.staff));
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'group', date: '2026-11-24', hours: 4, topic: '法律援助法' }, as.staff));
      const calendar = await loadCalendar(runtime.store);
      const nov30 = Date.parse('2026-11-30T09:05:00+08:00');
      expect((await runDailyJobs(runtime.store, calendar, nov30)).studyReminder).toBe('not-due');
      const dec1 = Date.parse('2026-12-01T09:05:00+08:00');
      expect((await runDailyJobs(runtime.store, calendar, dec1)).studyReminder).toBe('ran');
      expect((await runDailyJobs(runtime.store, calendar, dec1 + 300_000)).studyReminder).toBe('already');
      expect((await runDailyJobs(runtime.store, calendar, Date.parse('2026-12-02T09:05:00+08:00'))).studyReminder).toBe('already');
      const entries = await runtime.store.find<any>('inbox', { limit: 100 });
      const study = entries.filter((e) => e._id.startsWith('study:'));
      // 28 hours by 12-01 is ahead of the even pace (27.5); the director and the admin have none
      expect(study.map((e) => e.recipient ?? e.recipientKey).sort()).toEqual(['staff:staff:demo-admin', 'staff:staff:demo-director']);
      expect(study[0]).toMatchObject({ title: '集中学习进度落后', link: '/packages/people/pages/study/index' });
    });

    it('a study note keeps its photos: they show in the register and the daily sweep of unreferenced photos leaves them', async () => {
      const kept = 'f_' + 'a'.repeat(32);
      const stray = 'f_' + 'b'.repeat(32);
      await recordUpload(runtime.store, kept, 'staff:demo-staff', runtime.clock.now() - 2 * 86_400_000);
      await recordUpload(runtime.store, stray, 'staff:demo-staff', runtime.clock.now() - 2 * 86_400_000);
      const bad = error(await call(runtime, 'studyWrite', { requestId: rid(), kind: 'note', date: '2026-11-25', title: '读书笔记', text: '……', photoIds: ['/etc/passwd'] }, as.staff));
      expect(bad).toMatchObject({ code: 'VALIDATION', field: 'photoIds.0' });
      expect(bad.message).toMatch(/照片/);
      data(await call(runtime, 'studyWrite', { requestId: rid(), kind: 'note', date: '2026-11-25', title: '读书笔记', text: '……', photoIds: [kept] }, as.staff));
      const reg = data(await call(runtime, 'studyRegister', { year: 2026 }, as.staff));
      expect(reg.people[0].writings).toEqual([expect.objectContaining({ title: '读书笔记', photoIds: [kept] })]);
      await sweepUnreferencedPhotos(runtime.store, undefined, runtime.clock.now());
      expect(await runtime.store.get('fileUploads', kept)).toMatchObject({ referenced: true });
      expect(await runtime.store.get('fileUploads', stray)).toBeNull();
    });

    it('the yearly study register downloads as an .xlsx that reads back', async () => {
      data(await call(runtime, 'studyPlan', { year: 2026, text: '每月学习一部法律' }, as.staff));
      data(await call(runtime, 'studyArrangements', { year: 2026, items: [{ date: '2026-03-10', topic: '法律援助法' }] }, as.director));
      data(await call(runtime, 'studyLog', { requestId: rid(), kind: 'self', date: '2026-11-25', hours: 2, topic: '民法典婚姻家庭编' }, as.staff));
      data(await call(runtime, 'studyWrite', { requestId: rid(), kind: 'article', date: '2026-11-25', title: '农村宅基地纠纷调研', text: '……' }, as.staff));
      data(await call(runtime, 'studyReview', { requestId: rid(), staffId: 'staff:demo-staff', kind: 'praise', date: '2026-11-26', text: '笔记认真' }, as.director));
      const reg = data(await call(runtime, 'studyRegister', { year: 2026 }, as.staff));
      expect(reg.people).toEqual([expect.objectContaining({ name: '示例·张某', plan: '每月学习一部法律', totals: { group: 0, self: 2, central: 0 } })]);
      expect(reg.sessions).toBeUndefined();
      const file = data(await call(runtime, 'studyRegisterXlsx', { year: 2026 }, as.director));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.base64, 'base64') as any);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['工作站汇总', '示例·张某', '示例·刘某', '示例·赵某']);
      const cells = (name: string) => wb.getWorksheet(name)!.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
      expect(cells('工作站汇总')).toEqual(expect.arrayContaining(['本年度尚未举办', '法律援助法', '示例·张某', '未达标']));
      expect(cells('示例·张某')).toEqual(expect.arrayContaining(['2026-11-25', '自学', '民法典婚姻家庭编', 2, '农村宅基地纠纷调研', '表扬', '笔记认真', '每月学习一部法律']));
      expect(error(await call(runtime, 'studyRegister', { year: 2026, staffId: 'staff:demo-director' }, as.staff)).code).toBe('FORBIDDEN');
    });
  });
}
