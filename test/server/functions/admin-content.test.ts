import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { info } from '../../../src/server/functions/info';
import { guides } from '../../../src/server/seed/guides';
import { as, createTestRuntime, FIXED_NOW, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const call = (event: Record<string, unknown>, identity = as.admin) => invoke(admin, event, identity, runtime);
const notary = guides['guide:notary'];
const editedNotary = { ...notary, whereToGo: '南昌市某公证处（示例地址已由管理员确认）' };
const audits = () => runtime.store.find('audit', { orderBy: [['at', 'asc']] });

describe('admin.updateContent', () => {
  it('publishes version 2 stamped with the clock and the admin, no longer sample, and readable by residents', async () => {
    const res = await call({ action: 'updateContent', key: 'guide:notary', data: editedNotary, expectedVersion: 1 });
    expect(res).toEqual({
      ok: true,
      data: { key: 'guide:notary', kind: 'guide', order: 3, sample: false, data: editedNotary, version: 2, updatedAt: FIXED_NOW, updatedBy: '示例·赵某' },
    });
    const read = await invoke(info, { action: 'guide', key: 'guide:notary' }, as.resident, runtime);
    expect(read.ok && (read.data as any).data.whereToGo).toBe(editedNotary.whereToGo);
  });

  it('keeps the replaced version in the history, newest first with the current one included', async () => {
    await call({ action: 'updateContent', key: 'guide:notary', data: editedNotary, expectedVersion: 1 });
    const third = { ...editedNotary, title: '公证办理' };
    await call({ action: 'updateContent', key: 'guide:notary', data: third, expectedVersion: 2 });
    const res = await call({ action: 'contentHistory', key: 'guide:notary' });
    if (!res.ok) throw new Error(res.error.message);
    const versions = (res.data as any).versions;
    expect(versions.map((v: any) => [v.version, v.current, v.data.title])).toEqual([
      [3, true, '公证办理'],
      [2, false, '办理公证'],
      [1, false, '办理公证'],
    ]);
    expect(versions[2]).toMatchObject({ sample: true, updatedBy: '系统初始化', data: notary, replacedAt: FIXED_NOW });
    expect(versions[2]).not.toHaveProperty('_id');
    expect(versions[2]).not.toHaveProperty('itemKey');
  });

  it('appends an audit event naming the admin, the subject and the versions, with the reason given', async () => {
    await call({ action: 'updateContent', key: 'guide:notary', data: editedNotary, expectedVersion: 1, why: '核实了公证处地址' });
    const [event] = await audits();
    expect(event).toMatchObject({
      at: FIXED_NOW,
      actor: { staffId: 'staff:demo-admin', name: '示例·赵某' },
      subject: 'content:guide:notary',
      action: 'content.update',
      from: { version: 1 },
      to: { version: 2 },
      why: '核实了公证处地址',
    });
  });

  it('answers CONFLICT for a stale version and writes nothing', async () => {
    await call({ action: 'updateContent', key: 'guide:notary', data: editedNotary, expectedVersion: 1 });
    const before = await snapshot(runtime.store);
    const res = await call({ action: 'updateContent', key: 'guide:notary', data: notary, expectedVersion: 1 });
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '内容已被他人修改，请刷新后再改', field: 'expectedVersion' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('lets exactly one of two admins editing the same version win', async () => {
    const [a, b] = await Promise.all([
      call({ action: 'updateContent', key: 'station', data: { ...(await station()), name: '甲' }, expectedVersion: 1 }),
      call({ action: 'updateContent', key: 'station', data: { ...(await station()), name: '乙' }, expectedVersion: 1 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await runtime.store.count('contentHistory')).toBe(1);
    expect(await runtime.store.count('audit')).toBe(1);
  });

  it('answers NOT_FOUND for an item that does not exist', async () => {
    const res = await call({ action: 'updateContent', key: 'notice:gone', data: { title: '通知', body: '内容' }, expectedVersion: 1 });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这项内容，可能已被删除', field: 'key' } });
  });
});

async function station() {
  const res = await call({ action: 'listContent' });
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as any).items.find((i: any) => i.key === 'station').data;
}

describe('admin.createContent and removeContent', () => {
  const notice = { title: '元旦放假通知', body: '1月1日至3日放假，1月4日上班。', from: '2027-01-01', to: '2027-01-03' };

  it('publishes a notice as version 1 at the end of its list and audits it', async () => {
    const res = await call({ action: 'createContent', kind: 'notice', data: notice });
    if (!res.ok) throw new Error(res.error.message);
    const item = res.data as any;
    expect(item).toMatchObject({ kind: 'notice', order: 1, sample: false, data: notice, version: 1, updatedAt: FIXED_NOW, updatedBy: '示例·赵某' });
    expect(item.key).toMatch(/^notice:[a-z0-9-]+$/);
    const badge = await call({ action: 'createContent', kind: 'badge', data: { name: '孙某', post: '人民调解', duty: '调解纠纷', scope: '人民调解', complaintHow: '投诉电话 0791-83280001' } });
    expect(badge.ok && (badge.data as any).order).toBe(5);
    expect((await audits()).map((e: any) => `${e.subject} ${e.action}`).sort()).toEqual(
      [`content:${item.key} content.create`, `content:${(badge as any).data.key} content.create`].sort(),
    );
  });

  it('removes a badge but keeps its last version in the history and audits the removal', async () => {
    const res = await call({ action: 'removeContent', key: 'badge:sample-mediation', expectedVersion: 1, why: '人员调离' });
    expect(res).toEqual({ ok: true, data: { key: 'badge:sample-mediation', removed: true } });
    expect(await runtime.store.get('content', 'badge:sample-mediation')).toBeNull();
    const history = await call({ action: 'contentHistory', key: 'badge:sample-mediation' });
    expect(history.ok && (history.data as any).versions.map((v: any) => [v.version, v.current])).toEqual([[1, false]]);
    expect((await audits())[0]).toMatchObject({ subject: 'content:badge:sample-mediation', action: 'content.remove', from: { version: 1 }, why: '人员调离' });
  });

  it.each(['station', 'commitments', 'guide:consultation', 'guide:legal-aid', 'guide:notary'])('refuses to remove %s', async (key) => {
    const before = await snapshot(runtime.store);
    const res = await call({ action: 'removeContent', key, expectedVersion: 1 });
    expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message: '工作站信息、服务承诺和办事指南不能删除，只能修改', field: 'key' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('refuses a stale removal', async () => {
    await call({ action: 'updateContent', key: 'badge:sample-window', data: { name: '张三', post: '窗口接待', duty: '接待', scope: '咨询', complaintHow: '投诉电话 0791-83280001' }, expectedVersion: 1 });
    const res = await call({ action: 'removeContent', key: 'badge:sample-window', expectedVersion: 1 });
    expect(res.ok === false && res.error.code).toBe('CONFLICT');
    expect(await runtime.store.get('content', 'badge:sample-window')).not.toBeNull();
  });

  it('answers NOT_FOUND for the history of an item that never existed', async () => {
    const res = await call({ action: 'contentHistory', key: 'notice:never' });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这项内容', field: 'key' } });
  });
});

describe('admin.listContent', () => {
  it('lists every item, sample flags included', async () => {
    const res = await call({ action: 'listContent' });
    if (!res.ok) throw new Error(res.error.message);
    const items = (res.data as any).items;
    expect(items).toHaveLength(9);
    expect(items.filter((i: any) => i.sample).map((i: any) => i.kind)).toEqual(['guide', 'guide', 'guide', 'badge', 'badge', 'badge', 'badge']);
  });
});

describe('admin: a double tap on 发布 publishes one item (issue 10)', () => {
  it('answers the same request id with the item it made, and identical data sent twice at once without one too', async () => {
    const { createTestRuntime } = await import('../../support/runtime');
    const { invoke } = await import('../../../src/server/core/invoke');
    const { admin } = await import('../../../src/server/functions/admin');
    const rt = await createTestRuntime();
    const who = { openid: 'demo-admin' };
    const data = { title: '元旦放假通知', body: '1月1日放假一天，1月2日起正常办公。' };
    const a = await invoke(admin, { action: 'createContent', kind: 'notice', data, requestId: 'a-tap-000001' }, who, rt);
    const b = await invoke(admin, { action: 'createContent', kind: 'notice', data, requestId: 'a-tap-000001' }, who, rt);
    const c = await invoke(admin, { action: 'createContent', kind: 'notice', data }, who, rt);
    expect(a.ok && b.ok && c.ok).toBe(true);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(await rt.store.count('content', { kind: 'notice' })).toBe(1);
    await rt.store.close();
  });
});
