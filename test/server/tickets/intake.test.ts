import { as, createTestRuntime, snapshot, FIXED_NOW, type TestRuntime } from '../../support/runtime';
import { all, askOnline, call, complaintPayload, data, fileComplaint, residentA, residentB, rid } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('submit (online)', () => {
  it('files a complaint waiting for acceptance, with a 1-working-day acceptance clock for the directors', async () => {
    const ticket = await fileComplaint(runtime);
    expect(ticket).toMatchObject({ view: 'resident', type: 'complaint', channel: 'online', status: 'received', firstResponder: null, assignee: null });
    expect(ticket.complaint).toEqual({ scope: 'attitude', respondentName: '张某' });
    const [clock] = await all(runtime, 'clocks');
    expect(clock).toMatchObject({ purpose: 'ticket.accept', subject: `ticket:${ticket.id}`, state: 'running' });
    expect(clock.responsibleStaffId).toBeUndefined();
    // Thursday 10:00 + 1 working day → Friday 17:00
    expect(clock.dueAt).toBe(Date.parse('2026-11-27T17:00:00+08:00'));
    expect(ticket.dueAt).toBe(clock.dueAt);
  });

  it('matches the named respondent to the staff member 示例·张某 without telling the resident', async () => {
    const ticket = await fileComplaint(runtime);
    const doc = await runtime.store.get<any>('tickets', ticket.id);
    expect(doc.complaint.respondentStaffId).toBe('staff:demo-staff');
    expect(JSON.stringify(ticket)).not.toContain('staff:demo-staff');
  });

  it('answers the same ticket when the same request is sent again, writing nothing more', async () => {
    const payload = complaintPayload();
    const first = data(await call(runtime, 'submit', payload, residentA));
    const before = await snapshot(runtime.store);
    const again = data(await call(runtime, 'submit', payload, residentA));
    expect(again).toEqual(first);
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('requires the complainant name, phone and scope (rule 八(五)1)', async () => {
    const { phone: _p, ...noPhone } = complaintPayload();
    expect(await call(runtime, 'submit', noPhone, residentA)).toEqual({
      ok: false, error: { code: 'VALIDATION', message: '「联系电话」不能为空：我们要按这个电话答复您', field: 'phone' },
    });
    const { complaint: _c, ...noScope } = complaintPayload();
    expect(await call(runtime, 'submit', noScope, residentA)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'complaint.scope' } });
  });

  it.each([
    [{ type: 'legalAid' }, 'type', '「类型」不是可选的值'],
    [{ content: '' }, 'content', '「内容」不能为空'],
    [{ phone: '12ab' }, 'phone', '「联系电话」格式不对：请填写 11 位手机号，或带区号的座机号（如 0791-83280001）'],
    [{ complaint: { scope: 'rude' } }, 'complaint.scope', '「投诉事项类别」不是可选的值'],
    [{ requestId: 'x' }, 'requestId', '「请求编号」格式不对'],
    [{ secret: 1 }, 'secret', '「secret」是不认识的字段，请删去'],
  ])('refuses %j in Chinese, naming the field, and writes nothing', async (patch, field, message) => {
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'submit', { ...complaintPayload(), ...patch }, residentA);
    expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message, field } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses complaint details on a consultation', async () => {
    const res = await call(runtime, 'submit', { type: 'consultation', content: '问题', complaint: { scope: 'fees' }, requestId: rid() }, residentA);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'complaint' } });
  });

  it('limits a resident to 10 new submissions a Beijing day and says so in Chinese', async () => {
    for (let i = 0; i < 10; i++) await askOnline(runtime);
    const before = await snapshot(runtime.store);
    const res = await call(runtime, 'submit', { type: 'suggestion', content: '建议延长办公时间', requestId: rid() }, residentA);
    expect(res).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await snapshot(runtime.store)).toEqual(before);
    expect(data(await call(runtime, 'submit', { type: 'praise', content: '谢谢', requestId: rid() }, residentB)).ticket.status).toBe('received');
  });
});

describe('mine, get and notices (own tickets only)', () => {
  it('lists only the caller’s tickets, newest first, with a cursor', async () => {
    const a1 = await askOnline(runtime);
    runtime.clock = { now: () => FIXED_NOW + 60_000 };
    const a2 = await fileComplaint(runtime);
    await askOnline(runtime, residentB);
    const page1 = data(await call(runtime, 'mine', { limit: 1 }, residentA));
    expect(page1.items.map((r: any) => r.id)).toEqual([a2.id]);
    const page2 = data(await call(runtime, 'mine', { limit: 1, after: page1.next }, residentA));
    expect(page2).toEqual({ items: [expect.objectContaining({ id: a1.id, type: 'consultation', status: 'received', replies: 0 })], next: null });
  });

  it('gives resident A their ticket and resident B NOT_FOUND, like a missing id', async () => {
    const mine = await fileComplaint(runtime);
    expect(data(await call(runtime, 'get', { id: mine.id }, residentA)).id).toBe(mine.id);
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这件事，请刷新后再试', field: 'id' } };
    expect(await call(runtime, 'get', { id: mine.id }, residentB)).toEqual(notFound);
    expect(await call(runtime, 'get', { id: 'tk_000000000000000000000000' }, residentA)).toEqual(notFound);
  });

  it('shows a resident no internal events and no staff-only fields', async () => {
    const t = await fileComplaint(runtime);
    await call(runtime, 'accept', { id: t.id }, as.director);
    await call(runtime, 'markMajor', { id: t.id, reason: '涉嫌索要财物' }, as.director);
    const view = data(await call(runtime, 'get', { id: t.id }, residentA));
    expect(view.timeline.map((e: any) => e.kind)).toEqual(['submitted', 'accepted']);
    expect(view).not.toHaveProperty('contact');
    expect(JSON.stringify(view)).not.toContain('涉嫌索要财物');
  });

  it('lists the one-time notices issued on the caller’s tickets only', async () => {
    const t = await askOnline(runtime);
    const other = await askOnline(runtime, residentB);
    for (const id of [t.id, other.id]) await call(runtime, 'accept', { id }, as.staff);
    await call(runtime, 'issueNotice', { id: t.id, guideKey: 'guide:legal-aid' }, as.staff);
    await call(runtime, 'issueNotice', { id: other.id, guideKey: 'guide:notary' }, as.staff);
    const { items } = data(await call(runtime, 'notices', {}, residentA));
    expect(items.map((n: any) => [n.ticketId, n.title])).toEqual([[t.id, '一次性告知：申请法律援助']]);
  });
});
