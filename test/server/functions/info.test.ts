import { invoke } from '../../../src/server/core/invoke';
import { info } from '../../../src/server/functions/info';
import { createCalendar } from '../../../src/domain/calendar';
import { as, createTestRuntime, FIXED_NOW, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

describe('info.overview', () => {
  it('publishes the station, commitments, three guides and the sample badges, in kind order', async () => {
    const res = await invoke(info, { action: 'overview' }, as.anonymous, runtime);
    if (!res.ok) throw new Error(res.error.message);
    const { items } = res.data as { items: { key: string; kind: string; version: number; updatedAt: number }[] };
    expect(items.map((i) => i.key)).toEqual([
      'station',
      'commitments',
      'guide:consultation',
      'guide:legal-aid',
      'guide:notary',
      'badge:sample-window',
      'badge:sample-director',
      'badge:sample-legal-aid',
      'badge:sample-mediation',
    ]);
    expect(items.every((i) => i.version === 1 && i.updatedAt === FIXED_NOW)).toBe(true);
    expect(items[0]).not.toHaveProperty('_id');
  });

  it('gives the real station details from the rules, not marked as sample', async () => {
    const res = await invoke(info, { action: 'overview' }, as.resident, runtime);
    if (!res.ok) throw new Error(res.error.message);
    const station = (res.data as any).items[0];
    expect(station.sample).toBe(false);
    expect(station.data.name).toBe('西山镇公共法律服务工作站');
    expect(station.data.address).toBe('江西省南昌市新建区西山镇人民政府（西山司法所）');
    expect(station.data.phones).toContainEqual({ label: '投诉电话', number: '0791-83280001' });
    expect(station.data.extendedService).toContain('实行延时服务');
    expect(station.data.complaintChannels.map((c: any) => c.channel)).toEqual(['现场投诉', '电话投诉', '意见箱投诉', '信函投诉', '网上投诉']);
    expect(station.data.complaintChannels[2].detail).toContain('17:00');
  });

  it('returns the calendar overrides with the version the domain calendar computes, and the server time', async () => {
    await runtime.store.create('calendarOverrides', { _id: '2026-12-01', date: '2026-12-01', working: false, note: '停电' });
    const res = await invoke(info, { action: 'overview' }, as.anonymous, runtime);
    if (!res.ok) throw new Error(res.error.message);
    const data = res.data as any;
    expect(data.calendar.overrides).toEqual([{ date: '2026-12-01', working: false, note: '停电' }]);
    expect(data.calendar.version).toBe(createCalendar([{ date: '2026-12-01', working: false, note: '停电' }]).version);
    expect(data.calendar.version).not.toBe(createCalendar([]).version);
    expect(data.serverNow).toBe(FIXED_NOW);
  });

  it('refuses fields it does not know, naming the field, and writes nothing', async () => {
    const before = await snapshot(runtime.store);
    const res = await invoke(info, { action: 'overview', page: 2 }, as.anonymous, runtime);
    expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message: '「page」是不认识的字段，请删去', field: 'page' } });
    expect(await snapshot(runtime.store)).toEqual(before);
  });
});

describe('info.guide', () => {
  it.each(['guide:consultation', 'guide:legal-aid', 'guide:notary'])('returns %s to an anonymous caller', async (key) => {
    const res = await invoke(info, { action: 'guide', key }, as.anonymous, runtime);
    if (!res.ok) throw new Error(res.error.message);
    const guide = res.data as any;
    expect(guide.key).toBe(key);
    expect(guide.kind).toBe('guide');
    expect(guide.sample).toBe(true);
    expect(guide.data.steps.length).toBeGreaterThan(2);
  });

  it('tells the legal-aid applicant the 7-day review, the 3-day assignment and the green channel', async () => {
    const res = await invoke(info, { action: 'guide', key: 'guide:legal-aid' }, as.anonymous, runtime);
    if (!res.ok) throw new Error(res.error.message);
    const guide = (res.data as any).data;
    expect(guide.timeLimit).toMatch(/7 日内审查决定.*3 日内指派/);
    expect(guide.summary).toContain('当天申请、当天受理、当天审批、当天指派、当天援助');
    expect(guide.basis).toContain('《中华人民共和国法律援助法》');
  });

  it('tells the notary applicant the 15-working-day limit', async () => {
    const res = await invoke(info, { action: 'guide', key: 'guide:notary' }, as.anonymous, runtime);
    if (!res.ok) throw new Error(res.error.message);
    expect((res.data as any).data.timeLimit).toContain('15 个工作日内出具公证书');
  });

  it('answers NOT_FOUND in Chinese for a key that is not one of the three guides', async () => {
    const res = await invoke(info, { action: 'guide', key: 'station' }, as.anonymous, runtime);
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有这份办事指南，请返回首页查看', field: 'key' } });
  });

  it('answers VALIDATION naming the key when none is given', async () => {
    const res = await invoke(info, { action: 'guide' }, as.anonymous, runtime);
    expect(res).toEqual({ ok: false, error: { code: 'VALIDATION', message: '「指南」不能为空', field: 'key' } });
  });
});

describe('info.me', () => {
  it.each([
    ['anonymous', as.anonymous, { kind: 'anonymous' }],
    ['the demo resident', as.resident, { kind: 'resident', name: '示例·陈大爷' }],
    ['a resident without a profile', as.stranger, { kind: 'resident' }],
    ['demo-staff', as.staff, { kind: 'staff', name: '示例·张某', roles: ['staff'] }],
    ['demo-director', as.director, { kind: 'staff', name: '示例·刘某', roles: ['staff', 'director'] }],
    ['demo-admin', as.admin, { kind: 'staff', name: '示例·赵某', roles: ['staff', 'admin'] }],
  ])('describes %s', async (_who, identity, expected) => {
    const res = await invoke(info, { action: 'me' }, identity, runtime);
    expect(res).toEqual({ ok: true, data: expected });
  });

  it('treats a deactivated staff account as a resident', async () => {
    await runtime.store.update('staff', 'staff:demo-admin', { active: false });
    const res = await invoke(info, { action: 'me' }, as.admin, runtime);
    expect(res).toEqual({ ok: true, data: { kind: 'resident' } });
  });
});
