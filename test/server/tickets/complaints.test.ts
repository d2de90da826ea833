import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { all, call, data, fileComplaint, rid } from './helpers';

let runtime: TestRuntime;
const otherStaff: PlatformIdentity = { openid: 'other-staff' };
beforeEach(async () => {
  runtime = await createTestRuntime();
  await runtime.store.put('staff', { _id: 'staff:other', openid: 'other-staff', name: '示例·李某', roles: ['staff'], active: true, order: 4 });
});
afterEach(() => runtime.store.close());

/** An online complaint about 示例·张某 (demo-staff), accepted by the director. */
async function acceptedComplaint() {
  const t = await fileComplaint(runtime);
  await call(runtime, 'accept', { id: t.id }, as.director);
  return t;
}

describe('privacy of complainants', () => {
  it('shows the handler the name and phone, and logs the read', async () => {
    const t = await acceptedComplaint();
    const view = data(await call(runtime, 'get', { id: t.id }, as.director));
    expect(view.contact).toEqual({ name: '陈大爷', phone: '13812345678' });
    const log = await all(runtime, 'accessLog');
    expect(log).toEqual([expect.objectContaining({
      subject: `ticket:${t.id}`, staffId: 'staff:demo-director', name: '示例·刘某', fields: ['contact.name', 'contact.phone'], via: 'tickets.get',
    })]);
  });

  it('gives other staff only masked data, and logs nothing', async () => {
    const t = await acceptedComplaint();
    const view = data(await call(runtime, 'get', { id: t.id }, otherStaff));
    expect(view).toMatchObject({ contact: null, contactHidden: 'notHandler', contactMasked: { name: '陈**', phone: '138****5678' } });
    expect(await all(runtime, 'accessLog')).toEqual([]);
  });

  it('never shows the person complained about the complaint — not in the ticket, not in the inbox', async () => {
    const t = await acceptedComplaint();
    expect(await call(runtime, 'get', { id: t.id }, as.staff)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '您是这件投诉的被投诉人，不能经办或查看投诉人信息' },
    });
    const { items } = data(await call(runtime, 'inbox', {}, as.staff));
    expect(items.find((r: any) => r.id === t.id)).toBeUndefined();
    expect(JSON.stringify(items)).not.toMatch(/陈|1381234|5678/);
  });

  it('fills an inbox page past the complaints its reader may not see', async () => {
    for (let i = 0; i < 3; i++) await fileComplaint(runtime);
    const consult = await call(runtime, 'submit', { type: 'consultation', content: '咨询继承', requestId: rid() }, as.resident);
    const page = data(await call(runtime, 'inbox', { limit: 1 }, as.staff));
    expect(page.items.map((r: any) => r.id)).toEqual([data(consult).ticket.id]);
    if (page.next !== null) expect(data(await call(runtime, 'inbox', { limit: 1, after: page.next }, as.staff))).toMatchObject({ items: [], next: null });
  });

  it('shows a director complained about their complaint book row without the complainant, and refuses its major report', async () => {
    const { ticket } = data(await call(runtime, 'register', {
      requestId: rid(), channel: 'phone', type: 'complaint', content: '主任让我改天再来，不给盖章', contact: { name: '欧阳秀英', phone: '0791-83280002' },
      complaint: { scope: 'attitude', respondentStaffId: 'staff:demo-director' },
    }, as.staff));
    data(await call(runtime, 'markMajor', { id: ticket.id, reason: '涉及站领导' }, as.admin));
    const told = (await all(runtime, 'inbox')).filter((e) => e.purpose === 'complaintMajor').map((e) => e.recipient);
    expect(told).toEqual(['staff:staff:demo-admin']);
    const book = data(await call(runtime, 'complaintBook', { from: '2026-11-01', to: '2026-11-30' }, as.director));
    const row = book.rows.find((r: any) => r.id === ticket.id);
    expect(row).toMatchObject({ withheld: 'respondent', complainantName: '', complainantPhone: '', content: '', handling: [], result: '', scope: 'attitude', assignee: '示例·张某' });
    const csv = data(await call(runtime, 'complaintBookCsv', { from: '2026-11-01', to: '2026-11-30' }, as.director)).csv;
    expect(csv).toContain('本条投诉涉及您本人');
    expect(await call(runtime, 'majorReport', { id: ticket.id }, as.director)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify([book, csv])).not.toMatch(/欧阳|83280002|不给盖章/);
    const adminRow = data(await call(runtime, 'complaintBook', { from: '2026-11-01', to: '2026-11-30' }, as.admin)).rows.find((r: any) => r.id === ticket.id);
    expect(adminRow).toMatchObject({ complainantName: '欧阳秀英', complainantPhone: '0791-83280002', content: '主任让我改天再来，不给盖章' });
    expect(adminRow.withheld).toBeUndefined();
    expect(data(await call(runtime, 'majorReport', { id: ticket.id }, as.admin)).fields).toEqual(expect.arrayContaining([{ label: '投诉人', value: '欧阳秀英' }]));
  });

  it('masks phones in the inbox even for the handler, names only for those who do not handle it', async () => {
    const t = await acceptedComplaint();
    const rowFor = async (who: PlatformIdentity) => data(await call(runtime, 'inbox', {}, who)).items.find((r: any) => r.id === t.id);
    expect(await rowFor(as.director)).toMatchObject({ contactName: '陈大爷', contactPhone: '138****5678' });
    expect(await rowFor(otherStaff)).toMatchObject({ contactName: '陈**', contactPhone: '138****5678' });
  });

  it('refuses to hand a complaint on to the person complained about', async () => {
    const t = await acceptedComplaint();
    expect(await call(runtime, 'handOn', { id: t.id, toStaffId: 'staff:demo-staff', note: '请说明情况' }, as.director)).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '不能转交给被投诉人本人', field: 'toStaffId' },
    });
  });
});

describe('major complaints (rule 八(六))', () => {
  it('records the flag, tells every director and admin, and exports a report for 县局政工监察股', async () => {
    const t = await acceptedComplaint();
    const { ticket } = data(await call(runtime, 'markMajor', { id: t.id, reason: '涉嫌利用职权索取财物' }, as.director));
    expect(ticket.complaint.major).toMatchObject({ reason: '涉嫌利用职权索取财物', by: { staffId: 'staff:demo-director', name: '示例·刘某' } });
    const told = (await all(runtime, 'inbox')).filter((e) => e.purpose === 'complaintMajor').map((e) => e.recipient).sort();
    expect(told).toEqual(['staff:staff:demo-admin', 'staff:staff:demo-director']);
    const report = data(await call(runtime, 'majorReport', { id: t.id }, as.admin));
    expect(report.filename).toBe(`重大投诉报告_${t.id}.csv`);
    expect(report.fields).toEqual(expect.arrayContaining([{ label: '联系电话', value: '13812345678' }, { label: '重大投诉理由', value: '涉嫌利用职权索取财物' }]));
    expect(report.csv.startsWith('\uFEFF项目,内容\r\n')).toBe(true);
  });

  it('refuses a second flag, a flag on a consultation, and a report of an ordinary complaint', async () => {
    const t = await acceptedComplaint();
    expect(await call(runtime, 'majorReport', { id: t.id }, as.director)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这件事没有标记为重大投诉' } });
    await call(runtime, 'markMajor', { id: t.id, reason: '重大' }, as.director);
    expect(await call(runtime, 'markMajor', { id: t.id, reason: '另一个理由' }, as.director)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '这件投诉已经标记为重大投诉' } });
    const c = data(await call(runtime, 'register', { requestId: rid(), channel: 'walkIn', type: 'consultation', content: '咨询', contact: {} }, as.staff)).ticket;
    expect(await call(runtime, 'markMajor', { id: c.id, reason: '重大' }, as.staff)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } });
  });
});

describe('transferred complaints (rule 八(五)6)', () => {
  it('records the sending department and the reply sent back, also after closing', async () => {
    const t = data(await call(runtime, 'register', {
      requestId: rid(), channel: 'transferred', type: 'complaint', content: '县局转来：反映窗口收取咨询费',
      contact: { name: '赵某', phone: '13700002222' }, complaint: { scope: 'fees' }, transferredFrom: { department: '新建区司法局', reference: '新司转〔2026〕12号', dueDate: '2026-12-08' },
    }, as.admin)).ticket;
    await call(runtime, 'close', { id: t.id, result: '经核实，未收取费用，已向投诉人说明' }, as.admin);
    const { ticket } = data(await call(runtime, 'recordTransferReply', { id: t.id, replyText: '经调查核实，窗口未收取费用，已答复投诉人。' }, as.admin));
    expect(ticket).toMatchObject({ transferredFrom: { department: '新建区司法局', reference: '新司转〔2026〕12号', dueDate: '2026-12-08' }, transferReply: { text: '经调查核实，窗口未收取费用，已答复投诉人。' } });
  });

  it('refuses a transfer reply on a ticket that was not transferred', async () => {
    const t = await acceptedComplaint();
    const before = await snapshot(runtime.store);
    expect(await call(runtime, 'recordTransferReply', { id: t.id, replyText: '回复' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('the 17:00 mailbox (rule 八(二))', () => {
  it('registers each letter as a mailbox ticket with its clock; the same batch again adds nothing', async () => {
    const letters = [
      { content: '窗口人员让我跑了三趟', scope: 'notToldAtOnce', name: '孙某', phone: '13600003333' },
      { type: 'suggestion', content: '建议增加周六服务' },
    ];
    const payload = { requestId: rid(), letters };
    const { tickets } = data(await call(runtime, 'registerMailbox', payload, as.admin));
    expect(tickets.map((r: any) => [r.type, r.channel, r.status, r.contactPhone])).toEqual([
      ['complaint', 'mailbox', 'processing', '136****3333'],
      ['suggestion', 'mailbox', 'processing', undefined],
    ]);
    expect((await all(runtime, 'clocks')).map((c) => c.purpose).sort()).toEqual(['complaint.answer', 'ticket.answer']);
    const before = await snapshot(runtime.store);
    expect(data(await call(runtime, 'registerMailbox', payload, as.admin)).tickets.map((r: any) => r.id)).toEqual(tickets.map((r: any) => r.id));
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses a complaint letter without a scope before writing any letter', async () => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'registerMailbox', { requestId: rid(), letters: [{ type: 'praise', content: '感谢' }, { content: '投诉' }] }, as.admin);
    expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message: '第 2 封信：「投诉事项类别」不能为空', field: 'letters.1.scope' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('the complaint book (投诉记录本, rule 八(五)7)', () => {
  it('lists every complaint of the range with its handling and result, for directors and admins', async () => {
    const t = await acceptedComplaint();
    await call(runtime, 'close', { id: t.id, result: '已向投诉人道歉并对工作人员批评教育' }, as.director);
    await call(runtime, 'register', { requestId: rid(), channel: 'walkIn', type: 'consultation', content: '咨询', contact: {} }, as.staff);
    const { rows } = data(await call(runtime, 'complaintBook', { from: '2026-11-26', to: '2026-11-26' }, as.director));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: t.id, channel: 'online', complainantName: '陈大爷', complainantPhone: '13812345678', respondentName: '张某', scope: 'attitude',
      firstResponder: '示例·刘某', result: '已向投诉人道歉并对工作人员批评教育', onTime: true,
    });
    expect(rows[0].handling).toEqual([
      '2026年11月26日 10:00 线上提交投诉',
      '2026年11月26日 10:00 示例·刘某 受理',
      '2026年11月26日 10:00 示例·刘某 办结：已向投诉人道歉并对工作人员批评教育',
    ]);
    expect(data(await call(runtime, 'complaintBook', { from: '2026-11-27', to: '2026-12-31' }, as.admin)).rows).toEqual([]);
    expect((await all(runtime, 'accessLog')).map((l) => l.subject)).toEqual(expect.arrayContaining(['complaintBook:2026-11-26..2026-11-26']));
  });

  it('exports CSV with a BOM for Excel, one line per complaint, multi-line fields quoted', async () => {
    await acceptedComplaint();
    const { filename, csv } = data(await call(runtime, 'complaintBookCsv', { from: '2026-11-01', to: '2026-11-30' }, as.admin));
    expect(filename).toBe('投诉记录本_2026-11-01_2026-11-30.csv');
    expect(csv.startsWith('\uFEFF编号,收到时间,投诉途径,投诉人,联系电话')).toBe(true);
    expect(csv).toContain('"2026年11月26日 10:00 线上提交投诉\n2026年11月26日 10:00 示例·刘某 受理"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('is refused to window staff, and to a range that is backwards or longer than a year', async () => {
    expect(await call(runtime, 'complaintBook', { from: '2026-11-01', to: '2026-11-30' }, as.staff)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '投诉记录本只有工作站主任和平台管理人员可以查看' },
    });
    expect(await call(runtime, 'complaintBook', { from: '2026-11-30', to: '2026-11-01' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
    expect(await call(runtime, 'complaintBook', { from: '2025-01-01', to: '2026-11-30' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
    expect(await call(runtime, 'complaintBook', { from: '2026-02-30', to: '2026-03-01' }, as.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'from' } });
  });
});
