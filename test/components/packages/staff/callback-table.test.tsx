import { act, fireEvent, render, screen, within } from '@testing-library/react';
import CallbackTablePage from '../../../../src/packages/staff/pages/callback-table/index';
import { ratePercent } from '../../../../src/packages/staff/pages/callback-table/parts/percent';
import type { RatingsTable, RatingsTableRow } from '../../../../src/shared/ratings';
import { fakeGateway } from '../../support/gateway';
import { at } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const me = (roles: string[]) => () => ({ ok: true, data: { kind: 'staff', name: '示例·李主任', roles } });

const row = (over: Partial<RatingsTableRow> = {}): RatingsTableRow => ({
  staffId: 'staff:1', staffName: '示例·张某', typeKey: 'consultation', typeLabel: '法律咨询', completed: 10,
  ratings: { satisfied: 6, basic: 1, unsatisfied: 1 }, selfRecorded: { satisfied: 0, basic: 0, unsatisfied: 0 }, unrated: 2, bySource: { miniProgram: 5, windowDevice: 2, phone: 1 },
  callbacks: { due: 3, done: 2, overdue: 1 }, mandatory: { due: 2, done: 1, rate: 0.5 }, sample: { eligible: 8, drawn: 1, done: 1, rate: 0.125 }, ...over,
});

const table = (mandatory: RatingsTable['mandatory'], over: Partial<RatingsTable> = {}): RatingsTable => ({
  month: '2026-11', generatedAt: at('2026-11-26T10:00:00+08:00'),
  rows: [row(), row({ typeKey: 'complaint', typeLabel: '投诉', completed: 2 }), row({ staffId: 'staff:2', staffName: '示例·李某' })],
  totals: row({ staffId: 'all', staffName: '合计', typeKey: 'all', typeLabel: '合计', completed: 22 }),
  mandatory, sample: null, ...over,
});

atFixedTime();


describe('回访汇总表', () => {
  it('shows 100% with a ✓ in words when every mandatory callback is done', async () => {
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'ratings.table': () => ({ ok: true, data: table({ due: 4, done: 4, rate: 1, complete: true, missing: [], missingCount: 0 }, {
        sample: { drawn: 2, populationSize: 31, rate: 2 / 31, done: 1 },
      }) }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'table')!.event).toEqual({ action: 'table', month: '2026-11' });
    expect(screen.getByText('回访汇总表 · 2026年11月')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('✓ 必须回访 4 件，已全部回访，回访率 100%');
    expect(screen.getByText('抽访：31 件热线/网上办结事项中抽取 2 件（抽访率 6.4%），已回访 1 件。')).toBeTruthy();
    expect(screen.getByText('示例·张某')).toBeTruthy();
    const zhang = screen.getByRole('listitem', { name: '示例·张某，法律咨询' });
    expect(zhang.textContent).toContain('办结 10 件：满意 6 · 基本满意 1 · 不满意 1 · 未评价 2');
    expect(zhang.textContent).toContain('评价来源：小程序 5 · 窗口评价器 2 · 电话 1');
    expect(zhang.textContent).toContain('回访：应回访 3 · 已回访 2 · 超期 1 ⚠');
    expect(zhang.textContent).toContain('必须回访 1/2，回访率 50.0%');
  });

  it('lists each mandatory callback still missing instead of 100%', async () => {
    fakeGateway({
      'info.me': me(['staff', 'admin']),
      'ratings.table': () => ({ ok: true, data: table({ due: 3, done: 1, rate: 1 / 3, complete: false, missingCount: 2, missing: [
        { taskId: 'cb:1', subjectKey: 'ticket:tk_1', title: '法律咨询', completedAt: at('2026-11-17T15:20:00+08:00'), residentName: '陈**', staffName: '示例·张某', reasons: ['rating'], dueAt: at('2026-11-24T17:00:00+08:00'), overdue: true },
        { taskId: 'cb:2', subjectKey: 'ticket:tk_2', title: '投诉', completedAt: at('2026-11-20T09:05:00+08:00'), residentName: null, staffName: '示例·李某', reasons: ['major', 'sample'], dueAt: at('2026-12-03T17:00:00+08:00'), overdue: false },
      ] }) }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(screen.getByRole('status').textContent).toBe('⚠ 必须回访 3 件，已回访 1 件，回访率 33.3%，还差 2 件');
    expect(screen.queryByText(/100%/)).toBeNull();
    const missing = within(screen.getByRole('list', { name: '还没有回访的' })).getAllByRole('listitem');
    expect(missing.map((m) => m.textContent)).toEqual([
      '1. 法律咨询 · 办理人 示例·张某办结 11月17日（周二）15:20 · 群众 陈**评价回访 · 期限 11月24日（周二）17:00 · ⚠ 已超期',
      '2. 投诉 · 办理人 示例·李某办结 11月20日（周五）09:05重大案件、月度抽访 · 期限 12月3日（周四）17:00',
    ]);
    expect(screen.getByText('本月的抽访名单在下月第一个工作日抽取（不少于 5%）。')).toBeTruthy();
  });

  it('steps back a month and asks for that month; the CSV is named by the server', async () => {
    const clicks: string[] = [];
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => 'blob:x';
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download); });
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'ratings.table': (e) => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }, { month: e.month as string }) }),
      'ratings.tableCsv': (e) => ({ ok: true, data: { filename: `回访汇总表-${e.month}.csv`, csv: '\uFEFF工作人员,类型\n' } }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(screen.getByRole('status').textContent).toBe('本月没有必须回访的事项（没有基本满意、不满意或重大案件）');
    fireEvent.click(screen.getByRole('button', { name: '月份：上个月' }));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'table').pop()!.event).toEqual({ action: 'table', month: '2026-10' });
    fireEvent.click(screen.getByRole('button', { name: '下载表格 CSV' }));
    await settle();
    expect(clicks).toEqual(['回访汇总表-2026-10.csv']);
    click.mockRestore();
  });

  it('shows the month\'s stored draw: population, count against the 5% rule, seed, the first 20 tickets and the total', async () => {
    const chosenIds = Array.from({ length: 23 }, (_, i) => `tk_${String(i + 1).padStart(3, '0')}`);
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'ratings.table': () => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }, {
        month: '2026-11', sample: { drawn: 23, populationSize: 441, rate: 23 / 441, done: 4 },
      }) }),
      'ratings.sampleDraw': () => ({ ok: true, data: { month: '2026-11', seed: 2964132711, populationSize: 441, rate: 0.05, chosenIds, drawnAt: at('2026-12-01T09:00:00+08:00'), tasksCreated: 23 } }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'sampleDraw')!.event).toEqual({ action: 'sampleDraw', month: '2026-11' });
    expect(screen.getByRole('heading', { name: '月度抽访' })).toBeTruthy();
    expect(screen.getByText('抽样总体：441 件热线/网上办结事项')).toBeTruthy();
    expect(screen.getByText(/^抽取 23 件/).textContent).toBe('抽取 23 件，抽访率 5.2%（✓ 不低于 5%）');
    expect(screen.getByText(/^随机种子/).textContent).toContain('2964132711');
    const chosen = within(screen.getByRole('list', { name: '抽中的事项' })).getAllByRole('listitem');
    expect(chosen).toHaveLength(20);
    expect(chosen[0].textContent).toBe('1. tk_001');
    expect(screen.getByText('共 23 件，以上列出前 20 件')).toBeTruthy();
    expect(screen.queryByText(/回访期限/)).toBeNull();
  });

  it('flags a stored draw below the 5% rule, and does not ask for a draw that is not made yet', async () => {
    let month = '';
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'ratings.table': (e) => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }, {
        month: e.month as string, sample: e.month === '2026-10' ? { drawn: 1, populationSize: 41, rate: 1 / 41, done: 0 } : null,
      }) }),
      'ratings.sampleDraw': (e) => ((month = e.month as string), { ok: true, data: { month, seed: 7, populationSize: 41, rate: 0.05, chosenIds: ['tk_9'], drawnAt: at('2026-11-02T09:00:00+08:00'), tasksCreated: 1 } }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(gw.calls.some((c) => c.event.action === 'sampleDraw')).toBe(false);
    expect(screen.getByText('这个月的办结事项还没有抽样，下月第一个工作日抽取。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '月份：上个月' }));
    await settle();
    expect(month).toBe('2026-10');
    expect(screen.getByText(/^抽取 1 件/).textContent).toBe('抽取 1 件，抽访率 2.4%（⚠ 低于 5%，至少应抽 3 件）');
    expect(screen.queryByText(/^共 /)).toBeNull();
  });

  it('lets an admin set the callback deadline to 3 working days, saying it only affects new tasks', async () => {
    const saved = { workingDays: 5, defaultWorkingDays: 5, isDefault: true, updatedAt: null, updatedBy: null };
    const gw = fakeGateway({
      'info.me': me(['staff', 'admin']),
      'ratings.table': () => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }) }),
      'ratings.callbackSettings': () => ({ ok: true, data: saved }),
      'ratings.updateCallbackSettings': (e) => ({ ok: true, data: { ...saved, workingDays: e.workingDays, isDefault: false, updatedAt: at('2026-11-26T10:00:00+08:00'), updatedBy: { staffId: 'staff:admin', name: '示例·赵某' } } }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(screen.getByText('回访期限 5 个工作日')).toBeTruthy();
    expect(screen.getByText('只影响修改之后新建的回访任务，已有任务的期限不变。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存回访期限' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '回访期限减少一天' }));
    fireEvent.click(screen.getByRole('button', { name: '回访期限减少一天' }));
    expect(screen.getByText('回访期限 3 个工作日')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存回访期限' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'updateCallbackSettings')!.event).toEqual({ action: 'updateCallbackSettings', workingDays: 3 });
    expect(screen.getByText('已保存：之后新建的回访任务期限为 3 个工作日')).toBeTruthy();
    expect(screen.getByText('示例·赵某于 11月26日（周四）10:00 修改（默认 5 个工作日）')).toBeTruthy();
  });

  it('shows the server\'s refusal when saving the deadline fails', async () => {
    fakeGateway({
      'info.me': me(['staff', 'admin']),
      'ratings.table': () => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }) }),
      'ratings.callbackSettings': () => ({ ok: true, data: { workingDays: 15, defaultWorkingDays: 5, isDefault: false, updatedAt: null, updatedBy: null } }),
      'ratings.updateCallbackSettings': () => ({ ok: false, error: { code: 'FORBIDDEN', message: '只有平台管理人员可以修改回访期限' } }),
    });
    render(<CallbackTablePage />);
    await settle();
    expect(screen.getByRole('button', { name: '回访期限增加一天' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '回访期限减少一天' }));
    fireEvent.click(screen.getByRole('button', { name: '保存回访期限' }));
    await settle();
    expect(screen.getByText('只有平台管理人员可以修改回访期限')).toBeTruthy();
  });

  it('is closed to window staff', async () => {
    fakeGateway({ 'info.me': me(['staff']) });
    render(<CallbackTablePage />);
    await settle();
    expect(screen.getByText('没有权限')).toBeTruthy();
  });

  it('shows 本人登记 ratings apart, and says they are not in the satisfaction figures', async () => {
    fakeGateway({
      'info.me': me(['staff', 'director']),
      'ratings.table': () => ({ ok: true, data: table({ due: 0, done: 0, rate: null, complete: true, missing: [], missingCount: 0 }, {
        rows: [row({ selfRecorded: { satisfied: 2, basic: 1, unsatisfied: 0 } }), row({ typeKey: 'complaint', typeLabel: '投诉' })],
      }) }),
    });
    render(<CallbackTablePage />);
    await settle();
    const zhang = screen.getByRole('listitem', { name: '示例·张某，法律咨询' });
    expect(zhang.textContent).toContain('本人登记 3 件（满意 2 · 基本满意 1 · 不满意 0），经办人自己登记，未计入上面的满意度');
    expect(screen.getByRole('listitem', { name: '示例·张某，投诉' }).textContent).not.toContain('本人登记');
  });

  it('never rounds a rate up to 100%', () => {
    expect(ratePercent(0.9999)).toBe('99.9%');
    expect(ratePercent(1)).toBe('100%');
    expect(ratePercent(null)).toBe('—');
  });
});
