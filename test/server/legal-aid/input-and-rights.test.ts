import { openSqliteStore } from '../../../src/server/store/sqlite';
import type { Store } from '../../../src/server/ports/store';
import type { LegalAidView } from '../../../src/shared/legal-aid';
import { snapshot } from '../../support/runtime';
import { apply, bj, data, docText, greenApply, makeFixture, ordinaryApply, who, type LegalAidFixture } from './fixture';

let f: LegalAidFixture;
let store: ReturnType<typeof openSqliteStore>;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  f = await makeFixture(store as Store, bj('2026-11-26 10:00'));
});
afterEach(() => store.close());

const view = (res: Parameters<typeof data>[0]) => data<{ application: LegalAidView }>(res).application;

describe('bad input answers VALIDATION naming the field and writes nothing', () => {
  it.each([
    ['a missing name', { applicant: { phone: '13812345678' } }, 'applicant.name', '申请人姓名'],
    ['a wrong phone', { applicant: { name: '陈大爷', phone: '12' } }, 'applicant.phone', '联系电话'],
    ['a wrong id number', { applicant: { name: '陈大爷', phone: '13812345678', idNumber: '360122195003010011' } }, 'applicant.idNumber', '身份证号'],
    ['an unknown group', { groups: ['retired'] }, 'groups.0', '绿色通道人群'],
    ['an unknown matter kind', { matter: { kind: 'divorce', summary: '离婚' } }, 'matter.kind', '案件类型'],
    ['an empty summary', { matter: { kind: 'wages', summary: '  ' } }, 'matter.summary', '案情简述'],
    ['a 农民工 exemption for alimony', { hardship: 'migrantWage' }, 'hardship', '经济困难免审'],
    ['no declaration without an exemption', { hardship: 'declaration' }, 'declaration.income', '个人诚信承诺'],
    ['urgent without saying why', { urgent: true }, 'urgentReason', '紧急情况说明'],
    ['a birth date that contradicts the id number', { applicant: { name: '陈大爷', phone: '13812345678', idNumber: '360122195003010019', birthDate: '1951-03-01' } }, 'applicant.birthDate', '出生日期'],
    ['an unknown field', { force: true }, 'force', 'force'],
  ])('%s', async (_what, patch, field, label) => {
    const before = await snapshot(store);
    const res = await f.call('apply', { ...greenApply(), ...patch }, who.resident);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    if (!res.ok) expect(res.error.message).toContain(label);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('who may do what', () => {
  it('refuses the anonymous, lets only staff register and only the director decide and assign', async () => {
    expect(await f.call('apply', greenApply(), who.anonymous)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await f.call('register', { ...greenApply(), channel: 'walkIn' }, who.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const app = await apply(f);
    await f.call('accept', { id: app.id }, who.staff);
    const before = await snapshot(store);
    expect(await f.call('decide', { id: app.id, grant: true }, who.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await f.call('decide', { id: app.id, grant: true }, who.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await f.call('accept', { id: app.id }, who.resident)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(store)).toEqual(before);
  });

  it('lets a legal-aid worker reach only the cases assigned to them', async () => {
    const app = await apply(f);
    await f.call('accept', { id: app.id }, who.staff);
    await f.call('decide', { id: app.id, grant: true }, who.director);
    await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director);
    expect(data(await f.call('queue', {}, who.lawyer)).items.map((r: any) => r.id)).toEqual([app.id]);
    expect(data(await f.call('queue', {}, who.otherLawyer)).items).toEqual([]);
    expect(await f.call('recordProgress', { id: app.id, kind: 'contact', text: '电话联系' }, who.otherLawyer)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await f.call('board', {}, who.lawyer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(view(await f.call('get', { id: app.id }, who.lawyer)).applicant.idNumber).toBe('360122195003010019');
  });

  it('answers CONFLICT for a step the status does not allow', async () => {
    const app = await apply(f);
    expect(await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('还没有受理') } });
  });

  it('hides the 指派通知书 from the applicant but not the decision', async () => {
    const app = await apply(f);
    await f.call('accept', { id: app.id }, who.staff);
    await f.call('decide', { id: app.id, grant: true }, who.director);
    const assigned = view(await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director));
    const notice = assigned.documents.find((d) => d.kind === 'assignNotice')!;
    expect(await f.call('document', { id: app.id, documentId: notice.id }, who.resident)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await f.call('document', { id: app.id, documentId: notice.id }, who.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('window registration, urgent aid, termination', () => {
  it('registers a walk-in 农民工 wage claim: green channel, exempt, the registrar handles it', async () => {
    const res = await f.call('register', {
      requestId: 'walkin-12345678', channel: 'walkIn', applicant: { name: '刘某', phone: '13700002222' }, groups: [],
      matter: { kind: 'wages', summary: '工地老板拖欠工资三个月共24000元' }, hardship: 'migrantWage',
    }, who.staff);
    const app = view(res);
    expect(app).toMatchObject({ channel: 'walkIn', greenChannel: true, greenGroups: ['migrantWorker'], hardshipReview: 'exempt', firstResponder: { name: '示例·张某' } });
    expect(app.declaration).toBeNull();
  });

  it('keeps the aid going on an urgent application while materials are owed (第44条)', async () => {
    const app = await apply(f, ordinaryApply({ urgent: true, urgentReason: '诉讼时效还有5天到期' }));
    expect(app.clocks).toHaveLength(4);
    const noted = view(await f.call('requestMaterials', { id: app.id, items: ['病历复印件'], dueDate: '2026-12-10' }, who.staff));
    expect(noted.status).toBe('applied');
    expect(noted.materials).toMatchObject({ later: true });
    expect(noted.clocks.every((c) => c.state === 'running')).toBe(true);
    expect(view(await f.call('accept', { id: app.id }, who.staff)).status).toBe('accepted');
  });

  it('terminates aid for a 第48条 reason in writing, with the right to object', async () => {
    const app = await apply(f);
    await f.call('accept', { id: app.id }, who.staff);
    await f.call('decide', { id: app.id, grant: true }, who.director);
    await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director);
    const ended = view(await f.call('terminate', { id: app.id, reason: 'ownLawyer', explanation: '受援人已自行委托律师' }, who.director));
    expect(ended.status).toBe('terminated');
    const doc = ended.documents.find((d) => d.kind === 'terminateDecision')!;
    const text = await docText(f, app.id, doc.id, who.resident);
    expect(text).toContain('受援人自行委托律师或者其他代理人');
    expect(text).toContain('新建区司法局');
    expect((await store.get<{ _id: string; load: number }>('legalAidWorkers', 'law_lawyer'))!.load).toBe(0);
  });

  it('lets the director keep the roster; window staff may only read it', async () => {
    const saved = data(await f.call('saveWorker', { name: '赵某', organisation: '西山法律服务所', kind: 'grassroots', phone: '13600003333' }, who.director)).worker;
    expect(saved).toMatchObject({ load: 0, active: true });
    expect(await f.call('saveWorker', { name: '赵某', organisation: '西山法律服务所', kind: 'grassroots', phone: '13600003333' }, who.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(data(await f.call('roster', {}, who.staff)).items.map((w: any) => w.name)).toContain('赵某');
  });
});

describe('the applicant’s own steps', () => {
  it('lets the applicant withdraw before a decision (every clock stops) and no one else', async () => {
    const app = await apply(f);
    expect(await f.call('withdraw', { id: app.id }, who.stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const gone = view(await f.call('withdraw', { id: app.id, reason: '已和子女达成协议' }, who.resident));
    expect(gone.status).toBe('withdrawn');
    expect(gone.clocks.every((c) => c.state === 'stopped')).toBe(true);
    expect(data(await f.call('queue', {}, who.staff)).items).toEqual([]);
  });

  it('finds the rating request of a closed case for its applicant only (the rating page)', async () => {
    const app = await apply(f);
    await f.call('accept', { id: app.id }, who.staff);
    await f.call('decide', { id: app.id, grant: true }, who.director);
    await f.call('assign', { id: app.id, workerId: 'law_lawyer' }, who.director);
    await f.call('recordProgress', { id: app.id, kind: 'contact', text: '电话联系' }, who.lawyer);
    await f.call('close', { id: app.id, result: 'won', report: '法院判决子女每月支付赡养费' }, who.lawyer);
    const { invoke } = await import('../../../src/server/core/invoke');
    const { ratings } = await import('../../../src/server/functions/ratings');
    const mine = await invoke(ratings, { action: 'forSubject', subject: { type: 'legalAid', id: app.id } }, who.resident, f.runtime);
    expect(mine).toMatchObject({ ok: true, data: { request: { title: '法律援助', rated: false }, rating: null } });
    expect(await invoke(ratings, { action: 'forSubject', subject: { type: 'legalAid', id: app.id } }, who.stranger, f.runtime)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('what one resident may start online in a day', () => {
  it('answers RATE_LIMITED in Chinese after 5 online applications in a Beijing day, writing nothing; a retry of one made still answers it; tomorrow is new', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await apply(f, ordinaryApply({ requestId: `daily-${i}-abcdefgh` })));
    const before = await snapshot(store);
    const sixth = await f.call('apply', ordinaryApply({ requestId: 'daily-5-abcdefgh' }), who.resident);
    expect(sixth).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(!sixth.ok && sixth.error.message).toContain('每人每天 5 份');
    expect(await snapshot(store)).toEqual(before);
    expect(view(await f.call('apply', ordinaryApply({ requestId: 'daily-0-abcdefgh' }), who.resident)).id).toBe(made[0].id);
    expect((await f.call('register', { ...ordinaryApply({ requestId: 'walkin-daily-abcdefgh' }), channel: 'walkIn' }, who.staff)).ok).toBe(true);
    f.setNow(bj('2026-11-27 08:00'));
    expect((await f.call('apply', ordinaryApply({ requestId: 'daily-6-abcdefgh' }), who.resident)).ok).toBe(true);
  });
});
