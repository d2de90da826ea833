import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import { all, askOnline, call, data, fileComplaint, registerPhone, residentA, rid } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const staffRef = { staffId: 'staff:demo-staff', name: '示例·张某' };
const directorRef = { staffId: 'staff:demo-director', name: '示例·刘某' };

describe('accept', () => {
  it('makes the first staff member who accepts an online ticket its first responder and starts the 5-working-day complaint clock', async () => {
    const t = await fileComplaint(runtime);
    const { ticket } = data(await call(runtime, 'accept', { id: t.id }, as.director));
    expect(ticket).toMatchObject({ status: 'processing', firstResponder: directorRef, assignee: directorRef });
    // Thursday 2026-11-26 10:00 + 5 working days → Thursday 2026-12-03 17:00
    expect(ticket.clock).toMatchObject({ purpose: 'complaint.answer', dueAt: Date.parse('2026-12-03T17:00:00+08:00'), overdue: false });
    const clocks = await all(runtime, 'clocks');
    expect(clocks.map((c) => [c.purpose, c.state])).toEqual([['complaint.answer', 'running'], ['ticket.accept', 'stopped']]);
    expect(clocks[0]).toMatchObject({ responsibleStaffId: 'staff:demo-director', recipientOpenid: 'demo-resident' });
  });

  it('tells the resident it was accepted and by when they will be answered', async () => {
    const t = await fileComplaint(runtime);
    await call(runtime, 'accept', { id: t.id }, as.director);
    const inbox = (await all(runtime, 'inbox')).filter((e) => e.recipient === 'openid:demo-resident');
    expect(inbox.map((e) => e.body)).toEqual(['您提交的投诉已由 示例·刘某 受理，将于 2026年12月3日 17:00 前答复您。']);
  });

  it('refuses the staff member the complaint is about, and writes nothing', async () => {
    const t = await fileComplaint(runtime);
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'accept', { id: t.id }, as.staff)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '您是这件投诉的被投诉人，不能经办或查看投诉人信息' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses a second acceptance with CONFLICT', async () => {
    const t = await askOnline(runtime);
    await call(runtime, 'accept', { id: t.id }, as.staff);
    expect(await call(runtime, 'accept', { id: t.id }, as.director)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这件事已经受理，正在办理中' } });
  });
});

describe('reply', () => {
  it('warns about 服务忌语 with suggestions and writes nothing until the sender confirms', async () => {
    const t = await askOnline(runtime);
    await call(runtime, 'accept', { id: t.id }, as.staff);
    const before = await snapshot(runtime.store);
    const res = data(await call(runtime, 'reply', { id: t.id, text: '这个不归我管，你找别人去吧' }, as.staff));
    expect(res).toEqual({
      sent: false,
      warnings: [
        { phrase: '不归我管', category: 'taboo', suggestion: '「这件事由负责的同事办理，我帮您联系」' },
        { phrase: '找别人去吧', category: 'taboo', suggestion: '「我帮您联系负责的同事」' },
      ],
    });
    expect(await snapshot(runtime.store)).toEqual(before);
    const sent = data(await call(runtime, 'reply', { id: t.id, text: '这个不归我管，你找别人去吧', confirmed: true }, as.staff));
    const last = sent.ticket.timeline.at(-1);
    expect(last).toMatchObject({ kind: 'reply', text: '这个不归我管，你找别人去吧', confirmedWarnings: ['不归我管', '找别人去吧'] });
  });

  it('sends a polite reply at once; the resident sees it in the ticket and the inbox', async () => {
    const t = await askOnline(runtime);
    await call(runtime, 'accept', { id: t.id }, as.staff);
    const res = data(await call(runtime, 'reply', { id: t.id, text: '您好，宅基地纠纷可以先申请人民调解。' }, as.staff));
    expect(res.sent).toBe(true);
    const view = data(await call(runtime, 'get', { id: t.id }, residentA));
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reply', text: '您好，宅基地纠纷可以先申请人民调解。', by: staffRef });
    const mine = data(await call(runtime, 'mine', {}, residentA));
    expect(mine.items[0].replies).toBe(1);
    const resident = (await all(runtime, 'inbox')).filter((e) => e.recipient === 'openid:demo-resident');
    expect(resident.map((e) => e.purpose)).toContain('ticketReply');
  });

  it('refuses a reply before acceptance and a reply by staff who do not handle it', async () => {
    const t = await askOnline(runtime);
    expect(await call(runtime, 'reply', { id: t.id, text: '您好' }, as.staff)).toEqual({
      ok: false, error: { code: 'CONFLICT', message: '这件事还没有受理，请先受理再答复' },
    });
    await call(runtime, 'accept', { id: t.id }, as.director);
    expect(await call(runtime, 'reply', { id: t.id, text: '您好' }, as.staff)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '这件事由 示例·刘某 经办，请联系经办人或工作站主任' },
    });
  });
});

describe('handOn', () => {
  it('changes the assignee, keeps the first responder, moves the clock and tells the new assignee', async () => {
    const t = await registerPhone(runtime);
    const { ticket } = data(await call(runtime, 'handOn', { id: t.id, toStaffId: 'staff:demo-director', note: '涉及法律援助审批' }, as.staff));
    expect(ticket).toMatchObject({ firstResponder: staffRef, assignee: directorRef });
    const [clock] = await all(runtime, 'clocks');
    expect(clock.responsibleStaffId).toBe('staff:demo-director');
    const entries = (await all(runtime, 'inbox')).filter((e) => e.recipient === 'staff:staff:demo-director');
    expect(entries.map((e) => e.body)).toEqual(['示例·张某 转交给您：涉及法律援助审批']);
  });

  it.each([
    ['staff:nobody', '「转交给」不是本站在岗工作人员'],
    ['staff:demo-staff', '这件事已经由这位同事经办'],
  ])('refuses handing on to %s and writes nothing', async (toStaffId, message) => {
    const t = await registerPhone(runtime);
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'handOn', { id: t.id, toStaffId, note: '请处理' }, as.staff)).toEqual({
      ok: false, error: { code: 'VALIDATION', message, field: 'toStaffId' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('close', () => {
  it('closes with the result, stops the clock on time, and tells the resident', async () => {
    const t = await askOnline(runtime);
    await call(runtime, 'accept', { id: t.id }, as.staff);
    const { ticket } = data(await call(runtime, 'close', { id: t.id, result: '已建议申请人民调解，调解员联系方式已告知。' }, as.staff));
    expect(ticket).toMatchObject({ status: 'closed', clock: null, closure: { result: '已建议申请人民调解，调解员联系方式已告知。', onTime: true, by: staffRef } });
    expect((await all(runtime, 'clocks')).every((c) => c.state === 'stopped')).toBe(true);
    const view = data(await call(runtime, 'get', { id: t.id }, residentA));
    expect(view.closure.result).toBe('已建议申请人民调解，调解员联系方式已告知。');
  });

  it('closes a matter outside the station’s business with the explanation and where to go (rule 二(五))', async () => {
    const t = await askOnline(runtime);
    const outOfScope = { explanation: '工资拖欠的查处属于劳动保障监察职责。', whereToGo: '新建区人力资源和社会保障局劳动保障监察大队' };
    const { ticket } = data(await call(runtime, 'close', { id: t.id, result: '已解释并告知去向', outOfScope }, as.staff));
    expect(ticket.closure.outOfScope).toEqual(outOfScope);
    expect(ticket.firstResponder).toEqual(staffRef);
    const resident = (await all(runtime, 'inbox')).find((e) => e.purpose === 'ticketClosed');
    expect(resident.body).toContain('请到：新建区人力资源和社会保障局劳动保障监察大队');
  });

  it('refuses to close twice', async () => {
    const t = await registerPhone(runtime);
    await call(runtime, 'close', { id: t.id, result: '已答复' }, as.staff);
    expect(await call(runtime, 'close', { id: t.id, result: '再次' }, as.staff)).toEqual({
      ok: false, error: { code: 'CONFLICT', message: '这件事已办结，不能再办结' },
    });
  });
});

describe('register', () => {
  it('registers a phone call in one step with the caller as first responder, accepted, with a 5-working-day clock', async () => {
    const t = await registerPhone(runtime);
    expect(t).toMatchObject({ channel: 'phone', status: 'processing', firstResponder: staffRef, assignee: staffRef, online: false });
    expect(t.clock).toMatchObject({ purpose: 'ticket.answer', dueAt: Date.parse('2026-12-03T17:00:00+08:00') });
  });

  it('registers and closes a walk-in answered on the spot, without a clock', async () => {
    const t = await registerPhone(runtime, as.staff, { channel: 'walkIn', answeredOnSpot: '已当场解答' });
    expect(t).toMatchObject({ status: 'closed', clock: null, closure: { result: '已当场解答', onTime: true } });
    expect(await all(runtime, 'clocks')).toEqual([]);
  });

  it.each([
    [{ type: 'complaint' }, 'complaint.scope'],
    [{ channel: 'transferred' }, 'transferredFrom.department'],
    [{ topic: 'notary' }, 'topic'],
    [{ type: 'complaint', complaint: { scope: 'fees' }, contact: { name: '王某' } }, 'contact.phone'],
    [{ type: 'complaint', complaint: { scope: 'fees', respondentStaffId: 'staff:ghost' } }, 'complaint.respondentStaffId'],
    [{ channel: 'online' }, 'channel'],
  ])('refuses %j naming %s and writes nothing', async (patch, field) => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'register', {
      requestId: rid(), channel: 'phone', type: 'consultation', content: '咨询', contact: { name: '王某', phone: '13900001111' }, ...patch,
    }, as.staff);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('issueNotice (一次性告知, rule 三)', () => {
  it('archives the written notice from the guide on the ticket and shows it to the resident', async () => {
    const t = await askOnline(runtime);
    await call(runtime, 'accept', { id: t.id }, as.staff);
    const { notice, ticket } = data(await call(runtime, 'issueNotice', { id: t.id, guideKey: 'guide:legal-aid', extra: '请带上低保证' }, as.staff));
    expect(notice).toMatchObject({ title: '一次性告知：申请法律援助', oral: false, extra: '请带上低保证', guideVersion: 1, issuedBy: staffRef });
    expect(notice.materials.length).toBeGreaterThan(3);
    expect(notice.timeLimit).toContain('7 日内');
    expect(ticket.notices).toEqual([notice]);
    expect(data(await call(runtime, 'get', { id: t.id }, residentA)).notices).toEqual([notice]);
  });

  it('allows an oral notice on a phone call, recording only a note', async () => {
    const t = await registerPhone(runtime);
    const { notice, ticket } = data(await call(runtime, 'issueNotice', { id: t.id, guideKey: 'guide:notary', oral: true }, as.staff));
    expect(notice).toMatchObject({ oral: true, materials: [], process: [], policy: '' });
    expect(ticket.timeline.at(-1).summary).toBe('示例·张某 电话口头一次性告知《办理公证》');
  });

  it('refuses an oral notice for a walk-in and an unknown guide, writing nothing', async () => {
    const t = await registerPhone(runtime, as.staff, { channel: 'walkIn' });
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'issueNotice', { id: t.id, guideKey: 'guide:notary', oral: true }, as.staff)).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '只有电话咨询可以口头告知，其他一律书面告知（制度三（二））', field: 'oral' },
    });
    expect(await call(runtime, 'issueNotice', { id: t.id, guideKey: 'guide:nothing' }, as.staff)).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND', field: 'guideKey' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('reportDelay (rule 八(五)3)', () => {
  it('records why and when, tells an online resident, and leaves the clock where it was', async () => {
    const t = await fileComplaint(runtime);
    const accepted = data(await call(runtime, 'accept', { id: t.id }, as.director)).ticket;
    const res = data(await call(runtime, 'reportDelay', { id: t.id, reason: '需要向县局核实收费标准', expectedBy: '2026-12-08' }, as.director));
    expect(res.notified).toBe(true);
    expect(res.ticket.delay).toMatchObject({ reason: '需要向县局核实收费标准', expectedBy: '2026-12-08' });
    expect(res.ticket.clock.dueAt).toBe(accepted.clock.dueAt);
    const msg = (await all(runtime, 'inbox')).find((e) => e.purpose === 'ticketDelay');
    expect(msg.body).toContain('需要向县局核实收费标准');
    expect(msg.body).toContain('12月8日');
    expect(data(await call(runtime, 'get', { id: t.id }, residentA)).timeline.at(-1).kind).toBe('delayReported');
  });

  it('answers notified: false for a walk-in (staff tell them by phone) and refuses a day in the past', async () => {
    const t = await registerPhone(runtime);
    expect(data(await call(runtime, 'reportDelay', { id: t.id, reason: '等材料', expectedBy: '2026-11-30' }, as.staff)).notified).toBe(false);
    expect(await call(runtime, 'reportDelay', { id: t.id, reason: '等材料', expectedBy: '2026-11-25' }, as.staff)).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '「预计答复日期」不能早于今天', field: 'expectedBy' },
    });
  });
});

it('appends one audit event per timeline event, with who, from and to', async () => {
  const t = await askOnline(runtime);
  await call(runtime, 'accept', { id: t.id }, as.staff);
  await call(runtime, 'close', { id: t.id, result: '已答复' }, as.staff);
  const audit = (await all(runtime, 'audit')).filter((a) => a.subject === `ticket:${t.id}`).sort((a, b) => a.action.localeCompare(b.action));
  expect(audit.map((a) => [a.action, a.from?.status, a.to?.status, a.actor])).toEqual([
    ['ticket.accepted', 'received', 'processing', staffRef],
    ['ticket.closed', 'processing', 'closed', staffRef],
    ['ticket.submitted', undefined, 'received', { kind: 'resident', openid: 'demo-resident' }],
  ]);
});

it('lists active staff in badge order for hand-on', async () => {
  await runtime.store.put('staff', { _id: 'staff:gone', openid: 'gone', name: '示例·离职', roles: ['staff'], active: false, order: 9 });
  const { items } = data(await call(runtime, 'staffList', {}, as.staff));
  expect(items).toEqual([
    { staffId: 'staff:demo-staff', name: '示例·张某', roles: ['staff'] },
    { staffId: 'staff:demo-director', name: '示例·刘某', roles: ['staff', 'director'] },
    { staffId: 'staff:demo-admin', name: '示例·赵某', roles: ['staff', 'admin'] },
  ]);
});

it('never hands a ticket to someone without a station role (a legal-aid worker gets cases by 指派, a unit by referral)', async () => {
  await runtime.store.put('staff', { _id: 'staff:lawyer', openid: 'lawyer', name: '示例·律师', roles: ['legalAidWorker'], active: true, order: 8 });
  const { items } = data(await call(runtime, 'staffList', {}, as.staff));
  expect(items.map((s: { staffId: string }) => s.staffId)).not.toContain('staff:lawyer');
});
