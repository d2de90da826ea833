import { invoke } from '../../../src/server/core/invoke';
import { admin } from '../../../src/server/functions/admin';
import { guides } from '../../../src/server/seed/guides';
import { as, createTestRuntime, snapshot, type TestRuntime } from '../../support/runtime';

let runtime: TestRuntime;
beforeEach(async () => {
  runtime = await createTestRuntime();
});
afterEach(() => runtime.store.close());

const guide = guides['guide:consultation'];
const badge = { name: '孙某', post: '人民调解', duty: '调解纠纷', scope: '人民调解', complaintHow: '投诉电话 0791-83280001' };
const update = (data: unknown, extra: Record<string, unknown> = {}) =>
  ({ action: 'updateContent', key: 'guide:consultation', data, expectedVersion: 1, ...extra });
const calendar = (extra: Record<string, unknown>) =>
  ({ action: 'setCalendarOverride', date: '2026-12-01', working: false, note: '停电', ...extra });

const cases: [string, Record<string, unknown>, { code: string; message: string; field?: string }][] = [
  ['an unknown action', { action: 'dropEverything' }, { code: 'UNKNOWN_ACTION', message: '不支持的操作', field: 'action' }],
  ['a missing action', { key: 'station' }, { code: 'UNKNOWN_ACTION', message: '不支持的操作', field: 'action' }],
  ['a version sent as text', update(guide, { expectedVersion: '1' }), { code: 'VALIDATION', message: '「版本号」格式不对', field: 'expectedVersion' }],
  ['a missing version', update(guide, { expectedVersion: undefined }), { code: 'VALIDATION', message: '「版本号」不能为空', field: 'expectedVersion' }],
  ['data that is not an object', update('全部删掉'), { code: 'VALIDATION', message: '「内容」格式不对', field: 'data' }],
  ['steps sent as one string', update({ ...guide, steps: '先来再说' }), { code: 'VALIDATION', message: '「办理步骤」格式不对', field: 'data.steps' }],
  ['an empty guide title', update({ ...guide, title: '   ' }), { code: 'VALIDATION', message: '「指南标题」不能为空', field: 'data.title' }],
  ['a guide without steps', update({ ...guide, steps: [] }), { code: 'VALIDATION', message: '「办理步骤」太短或太少（至少 1）', field: 'data.steps' }],
  ['an over-long step', update({ ...guide, steps: ['步'.repeat(301)] }), { code: 'VALIDATION', message: '「办理步骤」太长或太多（最多 300）', field: 'data.steps.0' }],
  ['an unknown field in the data', update({ ...guide, html: '<script>' }), { code: 'VALIDATION', message: '「内容」中的「html」是不认识的字段，请删去', field: 'data.html' }],
  ['an unknown field in the event', update(guide, { force: true }), { code: 'VALIDATION', message: '「force」是不认识的字段，请删去', field: 'force' }],
  ['a malformed key', update(guide, { key: 'guide:../../etc' }), { code: 'VALIDATION', message: '「内容编号」格式不对', field: 'key' }],
  ['station data missing its address', { action: 'updateContent', key: 'station', expectedVersion: 1, data: { name: '西山镇公共法律服务工作站', phones: [], extendedService: '实行延时服务', complaintChannels: [{ channel: '电话投诉', detail: '0791-83280001' }] } }, { code: 'VALIDATION', message: '「地址」不能为空', field: 'data.address' }],
  ['a phone number with letters', { action: 'updateContent', key: 'station', expectedVersion: 1, data: { name: '站', address: '西山镇', extendedService: '延时', complaintChannels: [{ channel: '电话', detail: '打电话' }], phones: [{ label: '值班电话', number: 'call me' }] } }, { code: 'VALIDATION', message: '「电话号码」格式不对', field: 'data.phones.0.number' }],
  ['a badge name over 20 characters', { action: 'createContent', kind: 'badge', data: { ...badge, name: '名'.repeat(21) } }, { code: 'VALIDATION', message: '「姓名」太长或太多（最多 20）', field: 'data.name' }],
  ['creating a guide', { action: 'createContent', kind: 'guide', data: guide }, { code: 'VALIDATION', message: '「内容类型」不是可选的值', field: 'kind' }],
  ['a notice ending before it starts', { action: 'createContent', kind: 'notice', data: { title: '放假', body: '放假', from: '2027-01-03', to: '2027-01-01' } }, { code: 'VALIDATION', message: '「结束日期」不能早于开始日期', field: 'data.to' }],
  ['February 30th', calendar({ date: '2026-02-30' }), { code: 'VALIDATION', message: '「日期」不是有效的日期（格式：2026-10-01）', field: 'date' }],
  ['a date with slashes', calendar({ date: '2026/12/01' }), { code: 'VALIDATION', message: '「日期」不是有效的日期（格式：2026-10-01）', field: 'date' }],
  ['working sent as text', calendar({ working: '是' }), { code: 'VALIDATION', message: '「是否办公」格式不对', field: 'working' }],
  ['a missing note', calendar({ note: undefined }), { code: 'VALIDATION', message: '「说明」不能为空', field: 'note' }],
  ['a note of 101 characters', calendar({ note: '字'.repeat(101) }), { code: 'VALIDATION', message: '「说明」太长或太多（最多 100）', field: 'note' }],
  ['removing an override on a bad date', { action: 'removeCalendarOverride', date: '2026-13-01' }, { code: 'VALIDATION', message: '「日期」不是有效的日期（格式：2026-10-01）', field: 'date' }],
  ['a payload over 64 KB', update({ ...guide, summary: '字'.repeat(22 * 1024) }), { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大了，请删减后再试' }],
];

describe('admin refuses bad input with a Chinese message and writes nothing', () => {
  it.each(cases)('refuses %s', async (_name, event, error) => {
    const before = await snapshot(runtime.store);
    const res = await invoke(admin, event, as.admin, runtime);
    expect(res).toEqual({ ok: false, error });
    expect(await snapshot(runtime.store)).toEqual(before);
  });

  it('accepts the same update once the input is corrected (the cases above fail for their input only)', async () => {
    const res = await invoke(admin, update({ ...guide, steps: ['先打电话', '再来窗口'] }), as.admin, runtime);
    expect(res.ok).toBe(true);
    const note = await invoke(admin, calendar({ note: '字'.repeat(100) }), as.admin, runtime);
    expect(note.ok).toBe(true);
  });
});
