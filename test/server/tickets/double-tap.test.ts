import { as, createTestRuntime, type TestRuntime } from '../../support/runtime';
import { all, call, data, fileComplaint } from './helpers';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

/** An online complaint accepted by the director, who then handles it. */
async function handled() {
  const t = await fileComplaint(runtime);
  await call(runtime, 'accept', { id: t.id }, as.director);
  return t.id;
}

const kinds = async (id: string) => (data(await call(runtime, 'get', { id }, as.director)).timeline as Array<{ kind: string }>).map((e) => e.kind);
/** What is queued for the resident (the outbox, written in the same transaction as the change). */
const residentInbox = async () => (await all(runtime, 'outbox')).filter((m: any) => m.recipientKey === 'openid:demo-resident');

describe('a double tap on a ticket does nothing twice', () => {
  it('sends a reply once when the same request comes twice, and answers the second like the first', async () => {
    const id = await handled();
    const first = await call(runtime, 'reply', { id, text: '您好，已为您核实，请明天上午来站办理。', requestId: 'tap-reply-0001' }, as.director);
    const again = await call(runtime, 'reply', { id, text: '您好，已为您核实，请明天上午来站办理。', requestId: 'tap-reply-0001' }, as.director);
    expect(data(first).sent).toBe(true);
    expect(again).toEqual(first);
    expect((await kinds(id)).filter((k) => k === 'reply')).toHaveLength(1);
    expect((await residentInbox()).filter((m: any) => m.purpose === 'ticketReply')).toHaveLength(1);
  });

  it('sends the same reply text once even without a request id (an older page)', async () => {
    const id = await handled();
    await call(runtime, 'reply', { id, text: '已收到，正在核实。' }, as.director);
    await call(runtime, 'reply', { id, text: '已收到，正在核实。' }, as.director);
    expect((await kinds(id)).filter((k) => k === 'reply')).toHaveLength(1);
    await call(runtime, 'reply', { id, text: '核实完毕，请来站领取材料。' }, as.director);
    expect((await kinds(id)).filter((k) => k === 'reply')).toHaveLength(2);
  });

  it('issues a one-time notice once', async () => {
    const id = await handled();
    const input = { id, guideKey: 'guide:legal-aid', extra: '请带低保证', requestId: 'tap-notice-01' };
    const first = data(await call(runtime, 'issueNotice', input, as.director));
    const again = data(await call(runtime, 'issueNotice', input, as.director));
    const plain = data(await call(runtime, 'issueNotice', { id, guideKey: 'guide:legal-aid', extra: '请带低保证' }, as.director));
    expect(again.notice).toEqual(first.notice);
    expect(plain.notice).toEqual(first.notice);
    const view = data(await call(runtime, 'get', { id }, as.director));
    expect(view.notices).toHaveLength(1);
    expect((await residentInbox()).filter((m: any) => m.purpose === 'ticketNotice')).toHaveLength(1);
  });

  it('tells the resident about a delay once', async () => {
    const id = await handled();
    const input = { id, reason: '需要向县局核实', expectedBy: '2026-12-08', requestId: 'tap-delay-001' };
    const first = data(await call(runtime, 'reportDelay', input, as.director));
    const again = data(await call(runtime, 'reportDelay', { ...input, requestId: 'tap-delay-002' }, as.director));
    expect(again).toEqual(first);
    expect((await kinds(id)).filter((k) => k === 'delayReported')).toHaveLength(1);
    expect((await residentInbox()).filter((m: any) => m.purpose === 'ticketDelay')).toHaveLength(1);
  });
  it('accepts once when the same person taps 受理 twice, and answers the second like the first', async () => {
    const t = await fileComplaint(runtime);
    const first = await call(runtime, 'accept', { id: t.id }, as.director);
    const again = await call(runtime, 'accept', { id: t.id }, as.director);
    expect(data(first).ticket.status).toBe('processing');
    expect(again).toEqual(first);
    expect((await kinds(t.id)).filter((k) => k === 'accepted')).toHaveLength(1);
    expect((await residentInbox()).filter((m: any) => m.purpose === 'ticketAccepted')).toHaveLength(1);
    expect(await call(runtime, 'accept', { id: t.id }, as.admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('closes once when the same result is sent twice; another result is still refused as already closed', async () => {
    const id = await handled();
    const first = await call(runtime, 'close', { id, result: '已为您协调解决。' }, as.director);
    const again = await call(runtime, 'close', { id, result: '已为您协调解决。' }, as.director);
    expect(data(first).ticket.status).toBe('closed');
    expect(again).toEqual(first);
    expect((await kinds(id)).filter((k) => k === 'closed')).toHaveLength(1);
    expect((await residentInbox()).filter((m: any) => m.purpose === 'ticketClosed')).toHaveLength(1);
    expect(await call(runtime, 'close', { id, result: '另一个结果' }, as.director)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('hands on once and marks major once when the same person taps twice', async () => {
    const id = await handled();
    const flagged = await call(runtime, 'markMajor', { id, reason: '涉嫌利用职权索取财物' }, as.director);
    expect(await call(runtime, 'markMajor', { id, reason: '涉嫌利用职权索取财物' }, as.director)).toEqual(flagged);
    expect((await kinds(id)).filter((k) => k === 'markedMajor')).toHaveLength(1);
    const handOn = { id, toStaffId: 'staff:demo-admin', note: '请协助核实' };
    const first = await call(runtime, 'handOn', handOn, as.director);
    expect(data(first).ticket.assignee.staffId).toBe('staff:demo-admin');
    expect(await call(runtime, 'handOn', handOn, as.director)).toEqual(first);
    expect((await kinds(id)).filter((k) => k === 'handedOn')).toHaveLength(1);
  });
});
