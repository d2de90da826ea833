import { invoke } from '../../../src/server/core/invoke';
import { inbox } from '../../../src/server/functions/inbox';
import { functions } from '../../../src/server/functions';
import { enqueue } from '../../../src/server/outbox';
import { as, createTestRuntime, FIXED_NOW, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
  runtime.templates = { deadlineOverdue: 'T-OVERDUE', ticketReplied: 'T-REPLY' };
  await runtime.store.transaction(async (tx) => {
    await enqueue(tx, { key: 'for-resident', recipient: { openid: 'demo-resident' }, purpose: 'ticketReplied', title: '咨询已答复', body: '…' }, FIXED_NOW);
    await enqueue(tx, { key: 'for-stranger', recipient: { openid: 'someone-new' }, purpose: 'ticketReplied', title: '别人的消息', body: '…' }, FIXED_NOW);
    await enqueue(tx, { key: 'for-staff', recipient: { staffId: 'staff:demo-staff' }, purpose: 'deadlineOverdue', title: '已超期', body: '…', dueAt: FIXED_NOW - 1 }, FIXED_NOW);
  });
});
afterEach(() => runtime.store.close());

const ids = (res: any) => res.data.items.map((i: { id: string }) => i.id);

describe('inbox function', () => {
  it('is listed among the functions', () => {
    expect(functions).toContain(inbox);
  });

  it('lists only your own inbox', async () => {
    expect(ids(await invoke(inbox, { action: 'list' }, as.resident, runtime))).toEqual(['for-resident']);
    expect(ids(await invoke(inbox, { action: 'list' }, as.stranger, runtime))).toEqual(['for-stranger']);
    const staff = await invoke(inbox, { action: 'list' }, as.staff, runtime);
    expect(staff).toMatchObject({ ok: true, data: { items: [{ id: 'for-staff', overdue: true, read: false }] } });
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(await invoke(inbox, { action: 'list' }, as.anonymous, runtime)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it("marks your own entry read, but answers NOT_FOUND for another resident's and writes nothing", async () => {
    const before = await snapshot(runtime.store);
    expect(await invoke(inbox, { action: 'markRead', id: 'for-resident' }, as.stranger, runtime)).toEqual({
      ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条消息', field: 'id' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
    expect(await invoke(inbox, { action: 'markRead', id: 'for-resident' }, as.resident, runtime)).toEqual({ ok: true, data: { id: 'for-resident', readAt: FIXED_NOW } });
  });

  it('counts accepted subscriptions for the caller', async () => {
    const res = await invoke(inbox, { action: 'recordConsent', templateIds: ['T-REPLY'] }, as.resident, runtime);
    expect(res).toEqual({ ok: true, data: { counts: { 'T-REPLY': 1 } } });
    expect(await runtime.store.get('subscribeConsents', 'demo-resident:T-REPLY')).toMatchObject({ count: 1 });
  });

  it('refuses an unknown template id or an empty list with a Chinese message, writing nothing', async () => {
    const before = await snapshot(runtime.store);
    expect(await invoke(inbox, { action: 'recordConsent', templateIds: ['T-FORGED'] }, as.resident, runtime)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', field: 'templateIds.0', message: '「订阅消息模板」不是可选的值' },
    });
    expect(await invoke(inbox, { action: 'recordConsent', templateIds: [] }, as.resident, runtime)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', field: 'templateIds' },
    });
    expect(await invoke(inbox, { action: 'markRead', id: 'for-resident', extra: 1 }, as.resident, runtime)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', field: 'extra' },
    });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('tells a signed-in person the subscribe template ids by purpose, and an anonymous caller to sign in', async () => {
    expect(await invoke(inbox, { action: 'templates' }, as.resident, runtime)).toEqual({
      ok: true, data: { templates: { deadlineOverdue: 'T-OVERDUE', ticketReplied: 'T-REPLY' } },
    });
    expect(await invoke(inbox, { action: 'templates' }, as.staff, runtime)).toMatchObject({ ok: true, data: { templates: { deadlineOverdue: 'T-OVERDUE' } } });
    expect(await invoke(inbox, { action: 'templates' }, as.anonymous, runtime)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await invoke(inbox, { action: 'templates', purpose: 'x' }, as.resident, runtime)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'purpose' } });
  });
});
