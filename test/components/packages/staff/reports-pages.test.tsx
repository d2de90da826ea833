import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SubmissionsPage from '../../../../src/packages/staff/pages/reports/submissions/index';
import QuarterNotesPage from '../../../../src/packages/staff/pages/reports/notes/index';
import DueSettingsPage from '../../../../src/packages/staff/pages/reports/due-settings/index';
import CallbackDetailPage from '../../../../src/packages/staff/pages/reports/callbacks/index';
import DailyRegisterPage from '../../../../src/packages/staff/pages/reports/daily/index';
import { fakeGateway, type FakeGateway } from '../../support/gateway';
import { adminMe, staffMe } from '../../support/inbox-fixtures';
import { atFixedTime, settle } from '../../support/clock';

atFixedTime();

const directorMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·王某', roles: ['staff', 'director'] } });
const row = (kind: 'monthly' | 'quarterly', period: string, dueDay: string, over: Record<string, unknown> = {}) => ({ kind, period, dueDay, dueAt: null, submittedDay: null, submittedAt: null, fileName: null, by: null, state: 'missing', file: null, ...over });
const history = () => [
  row('monthly', '2026-09', '2026-10-13', { submittedDay: '2026-10-12', fileName: '月度统计_2026-09.xlsx', by: '示例·王某', state: 'onTime' }),
  row('quarterly', '2026-Q3', '2026-10-23'),
  row('monthly', '2026-10', '2026-11-06'),
];
const calls = (gw: FakeGateway, action: string) => gw.calls.filter((c) => c.event.action === action).map((c) => c.event);
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** The gateway's file door (GET /api/report-files/<id>) next to the fake function calls; answers the bytes of a tiny file. */
function withFiles(gw: FakeGateway): string[] {
  const fetched: string[] = [];
  const fn = global.fetch as jest.Mock;
  const inner = fn.getMockImplementation()!;
  fn.mockImplementation(async (url: string, init: { body?: string }) => {
    if (!String(url).startsWith('/api/report-files/')) return inner(url, init);
    fetched.push(String(url));
    return { ok: true, status: 200, arrayBuffer: async () => new ArrayBuffer(4) };
  });
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined); // jsdom does not navigate
  return fetched;
}
const fileAnswer = (name: string) => () => ({ ok: true, data: { file: { id: 'rpt_0123456789abcdef0123456789abcdef', name, mime: 'application/octet-stream', url: '/api/report-files/rpt_0123456789abcdef0123456789abcdef', expiresAt: 0 } } });

describe('报送记录 (issue 14, rule 十一(五))', () => {
  it('shows the year newest first with each period\'s state in words and the count of late and missing', async () => {
    fakeGateway({ 'info.me': directorMe, 'reports.submissions': () => ({ ok: true, data: history() }), 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }) });
    render(<SubmissionsPage />);
    await settle();
    expect(screen.getByText('共 3 期：按时 1 期，逾期报送 0 期，逾期未报 2 期，待报送 0 期。')).toBeTruthy();
    expect(screen.getByText(/次月第 5 个工作日前、季度分析报告于季后第 10 个工作日前/)).toBeTruthy();
    const titles = screen.getAllByText(/^2026年.*(月度统计汇总|季度分析报告)$/).map((e) => e.textContent);
    expect(titles).toEqual(['2026年10月月度统计汇总', '2026年第3季度季度分析报告', '2026年9月月度统计汇总']);
    expect(screen.getAllByText('✗ 逾期未报')).toHaveLength(2);
    expect(screen.getByText('✓ 按时报送')).toBeTruthy();
    expect(screen.getByText('2026-10-12 由示例·王某报送：月度统计_2026-09.xlsx')).toBeTruthy();
  });

  it('marks a missing month submitted with its file\'s name, once however often the button is tapped', async () => {
    const gw = fakeGateway({
      'info.me': directorMe, 'reports.submissions': () => ({ ok: true, data: history() }), 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }),
      'reports.markSubmitted': (e) => ({ ok: true, data: row('monthly', '2026-10', '2026-11-06', { submittedDay: '2026-11-26', fileName: e.fileName, by: '示例·王某', state: 'late' }) }),
    });
    render(<SubmissionsPage />);
    await settle();
    click('登记已报送：2026年10月月度统计汇总');
    expect((screen.getByLabelText('报送文件') as HTMLInputElement).value).toBe('月度统计_2026-10.xlsx');
    const confirm = screen.getByRole('button', { name: '确认2026年10月月度统计汇总已报送' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await settle();
    const sent = calls(gw, 'markSubmitted');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'monthly', period: '2026-10', fileName: '月度统计_2026-10.xlsx' });
    expect(sent[0]).not.toHaveProperty('fileId');
    expect(String(sent[0].requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(screen.getByText('已登记：2026年10月月度统计汇总，⚠ 逾期报送。')).toBeTruthy();
    expect(screen.getByText('2026-11-26 由示例·王某报送：月度统计_2026-10.xlsx')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记已报送：2026年10月月度统计汇总' })).toBeNull();
  });

  it('keeps the file just downloaded with the submission, and downloads the kept file later', async () => {
    const kept = { name: '月度统计_2026-10.xlsx', mime: 'application/octet-stream', size: 4, source: 'generated' };
    const gw = fakeGateway({
      'info.me': directorMe, 'reports.submissions': () => ({ ok: true, data: history() }), 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }),
      'reports.monthlyXlsx': fileAnswer('月度统计_2026-10.xlsx'),
      'reports.markSubmitted': (e) => ({ ok: true, data: row('monthly', '2026-10', '2026-11-06', { submittedDay: '2026-11-26', fileName: e.fileName, by: '示例·王某', state: 'late', file: kept }) }),
      'reports.submittedFile': fileAnswer('月度统计_2026-10.xlsx'),
    });
    const fetched = withFiles(gw);
    render(<SubmissionsPage />);
    await settle();
    click('下载（Excel）：2026年10月月度统计汇总');
    await settle();
    expect(calls(gw, 'monthlyXlsx')).toEqual([{ action: 'monthlyXlsx', month: '2026-10' }]);
    click('登记已报送：2026年10月月度统计汇总');
    expect(screen.getByText('刚才下载的「月度统计_2026-10.xlsx」会随报送一并保存，以后可在这里再下载。')).toBeTruthy();
    click('确认2026年10月月度统计汇总已报送');
    await settle();
    expect(calls(gw, 'markSubmitted')[0]).toMatchObject({ fileName: '月度统计_2026-10.xlsx', fileId: 'rpt_0123456789abcdef0123456789abcdef' });
    click('下载报送的文件：2026年10月月度统计汇总（月度统计_2026-10.xlsx）');
    await settle();
    expect(calls(gw, 'submittedFile')).toEqual([{ action: 'submittedFile', kind: 'monthly', period: '2026-10' }]);
    expect(fetched).toHaveLength(2);
  });

  it('shows the server\'s refusal of an empty file name under the box, and records nothing', async () => {
    const gw = fakeGateway({
      'info.me': directorMe, 'reports.submissions': () => ({ ok: true, data: history() }), 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }),
      'reports.markSubmitted': () => ({ ok: false, error: { code: 'VALIDATION', message: '「报送文件」不能为空', field: 'fileName' } }),
    });
    render(<SubmissionsPage />);
    await settle();
    click('登记已报送：2026年第3季度季度分析报告');
    fireEvent.change(screen.getByLabelText('报送文件'), { target: { value: '' } });
    click('确认2026年第3季度季度分析报告已报送');
    await settle();
    expect(screen.getByText('「报送文件」不能为空')).toBeTruthy();
    expect(calls(gw, 'markSubmitted')[0]).toMatchObject({ kind: 'quarterly', period: '2026-Q3', fileName: '' });
    expect(screen.getAllByText('✗ 逾期未报')).toHaveLength(2);
  });

  it('downloads a period\'s Word report with progress, and lets the admin read but not mark', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const gw = fakeGateway({
      'info.me': adminMe, 'reports.submissions': () => ({ ok: true, data: history() }), 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }),
      'reports.quarterlyReport': () => new Promise((done) => { answer = done; }),
    });
    const fetched = withFiles(gw);
    render(<SubmissionsPage />);
    await settle();
    expect(screen.queryByText('登记已报送')).toBeNull();
    expect(screen.getByText('只有工作站主任可以登记报送；您可以查看和下载。')).toBeTruthy();
    click('下载（Word）：2026年第3季度季度分析报告');
    await settle(3000);
    expect(screen.getByText('正在生成2026年第3季度季度分析报告，请稍候…（已用 3 秒）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载（Excel）：2026年10月月度统计汇总' }).hasAttribute('disabled')).toBe(true);
    answer(fileAnswer('季度分析报告_2026-Q3.docx')());
    await settle();
    expect(calls(gw, 'quarterlyReport')).toEqual([{ action: 'quarterlyReport', quarter: '2026-Q3', format: 'docx' }]);
    expect(fetched).toEqual(['/api/report-files/rpt_0123456789abcdef0123456789abcdef']);
    expect(screen.getByText('2026年第3季度季度分析报告已生成：季度分析报告_2026-Q3.docx')).toBeTruthy();
  });

  it('turns window staff away', async () => {
    const gw = fakeGateway({ 'info.me': staffMe });
    render(<SubmissionsPage />);
    await settle();
    expect(screen.getByText('报送记录只有工作站主任和平台管理人员可以查看。')).toBeTruthy();
    expect(gw.calls.map((c) => c.name)).not.toContain('reports');
  });
});

describe('季度分析与整改 (rule 十一(三)(四))', () => {
  const stored = { quarter: '2026-Q4', analysis: '咨询以婚姻家庭为主。', items: [{ item: '窗口一次性告知材料清单', owner: '示例·张某', dueDate: '2026-11-20', done: false }], updatedAt: Date.parse('2026-11-20T09:00:00+08:00'), updatedBy: '示例·王某' };

  it('loads the quarter\'s analysis and items, marks the overdue one, and saves the edited whole', async () => {
    const gw = fakeGateway({
      'info.me': directorMe, 'reports.quarterNotes': () => ({ ok: true, data: stored }),
      'reports.saveQuarterNotes': (e) => ({ ok: true, data: { ...stored, analysis: e.analysis, items: e.items, updatedAt: Date.now() } }),
    });
    render(<QuarterNotesPage />);
    await settle();
    expect(calls(gw, 'quarterNotes')).toEqual([{ action: 'quarterNotes', quarter: '2026-Q4' }]);
    expect((screen.getByLabelText('分析意见（需求规律、工作方向的调整）') as HTMLTextAreaElement).value).toBe('咨询以婚姻家庭为主。');
    expect(screen.getByText('整改事项 1 项：已完成 0 项，未完成 1 项（其中已超期 1 项）。')).toBeTruthy();
    expect(screen.getByText('第 1 项整改（⚠ 已超期）')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('分析意见（需求规律、工作方向的调整）'), { target: { value: '咨询以婚姻家庭为主，投诉集中在窗口态度。' } });
    fireEvent.click(screen.getAllByRole('radio', { name: '已完成' })[0]);
    click('＋ 添加整改事项');
    const items = screen.getAllByLabelText('整改事项');
    fireEvent.change(items[1], { target: { value: '每月抽查回访录音' } });
    fireEvent.change(screen.getAllByLabelText('责任人')[1], { target: { value: '示例·王某' } });
    fireEvent.change(screen.getAllByLabelText('选择日期')[1], { target: { value: '2026-12-31' } });
    click('保存季度分析');
    await settle();
    expect(calls(gw, 'saveQuarterNotes')).toEqual([{
      action: 'saveQuarterNotes', quarter: '2026-Q4', analysis: '咨询以婚姻家庭为主，投诉集中在窗口态度。',
      items: [{ ...stored.items[0], done: true }, { item: '每月抽查回访录音', owner: '示例·王某', dueDate: '2026-12-31', done: false }],
    }]);
    expect(screen.getByText('已保存，生成的季度分析报告（Word）会写入这些内容。整改事项 2 项：已完成 1 项，未完成 1 项。')).toBeTruthy();
  });

  it('shows the server\'s refusal under the item\'s box it names', async () => {
    fakeGateway({
      'info.me': directorMe, 'reports.quarterNotes': () => ({ ok: true, data: { ...stored, items: [] } }),
      'reports.saveQuarterNotes': () => ({ ok: false, error: { code: 'VALIDATION', message: '请填写「责任人」', field: 'items.0.owner' } }),
    });
    render(<QuarterNotesPage />);
    await settle();
    click('＋ 添加整改事项');
    fireEvent.change(screen.getByLabelText('整改事项'), { target: { value: '公示牌更新' } });
    click('保存季度分析');
    await settle();
    const message = screen.getByText('请填写「责任人」');
    expect(message.closest('#field-items-0-owner')).not.toBeNull();
  });

  it('steps back a quarter and gives the admin the text to read, with no editing', async () => {
    const gw = fakeGateway({ 'info.me': adminMe, 'reports.quarterNotes': (e) => ({ ok: true, data: { ...stored, quarter: e.quarter } }) });
    render(<QuarterNotesPage />);
    await settle();
    expect(screen.getByRole('button', { name: '季度：后一季' }).hasAttribute('disabled')).toBe(true);
    click('季度：前一季');
    await settle();
    expect(calls(gw, 'quarterNotes').map((e) => e.quarter)).toEqual(['2026-Q4', '2026-Q3']);
    expect(screen.getByText('季度分析 · 2026年第3季度')).toBeTruthy();
    expect(screen.getByText('咨询以婚姻家庭为主。')).toBeTruthy();
    expect(screen.getByText('责任人：示例·张某；完成时限：2026-11-20；⚠ 已超期未完成')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存季度分析' })).toBeNull();
    expect(screen.queryByLabelText('整改事项')).toBeNull();
  });
});

describe('报送期限 (rule 十一(五))', () => {
  it('lets the admin move the monthly due day with big buttons and save it', async () => {
    const gw = fakeGateway({
      'info.me': adminMe, 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }),
      'reports.updateDueSettings': (e) => ({ ok: true, data: { monthlyWorkingDays: e.monthlyWorkingDays, quarterlyWorkingDays: e.quarterlyWorkingDays } }),
    });
    render(<DueSettingsPage />);
    await settle();
    expect(screen.getByText('次月第 5 个工作日')).toBeTruthy();
    click('月度统计汇总：推后一天');
    expect(screen.getByText('有改动，点「保存报送期限」后生效。')).toBeTruthy();
    click('季度分析报告：提前一天');
    click('保存报送期限');
    await settle();
    expect(calls(gw, 'updateDueSettings')).toEqual([{ action: 'updateDueSettings', monthlyWorkingDays: 6, quarterlyWorkingDays: 9 }]);
    expect(screen.getByText(/已保存：月度统计汇总次月第 6 个工作日前报送，季度分析报告季后第 9 个工作日前报送/)).toBeTruthy();
  });

  it('stops at the first working day, and shows the director the rule without a way to change it', async () => {
    fakeGateway({ 'info.me': adminMe, 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 1, quarterlyWorkingDays: 10 } }) });
    const { unmount } = render(<DueSettingsPage />);
    await settle();
    expect(screen.getByRole('button', { name: '月度统计汇总：提前一天' }).hasAttribute('disabled')).toBe(true);
    unmount();
    const gw = fakeGateway({ 'info.me': directorMe, 'reports.dueSettings': () => ({ ok: true, data: { monthlyWorkingDays: 5, quarterlyWorkingDays: 10 } }) });
    render(<DueSettingsPage />);
    await settle();
    expect(screen.getByText('月度统计汇总：次月第 5 个工作日前报送')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存报送期限' })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: '查看报送记录' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/reports/submissions/index' });
    expect(calls(gw, 'updateDueSettings')).toEqual([]);
  });
});

describe('回访明细表 (rule 十二(八))', () => {
  const detail = (month: string) => ({
    month,
    rows: [
      { taskId: 'cb1', title: '投诉：窗口态度', staff: '示例·张某', name: '陈大爷', phone: '13812345678', reasons: '不满意', rating: '不满意', status: '已回访', dueDay: '2026-11-25', doneDay: '2026-11-24', method: '电话征询', progress: '已致歉', staffView: '态度有改进', opinions: '希望一次讲清楚', satisfiedNow: '满意', attempts: 1 },
      { taskId: 'cb2', title: '（涉及本人的投诉，不予显示）', staff: '示例·李某', name: '', phone: '', reasons: '重大案件', rating: '', status: '待回访', dueDay: '2026-11-30', doneDay: '', method: '', progress: '', staffView: '', opinions: '', satisfiedNow: '', attempts: 0 },
    ],
  });

  it('shows every callback with the person and each answer, calls the person by a tap, and downloads the month\'s Excel', async () => {
    const gw = fakeGateway({ 'info.me': directorMe, 'reports.callbackRows': (e) => ({ ok: true, data: detail(String(e.month)) }), 'reports.callbackTable': fileAnswer('回访明细_2026-11.xlsx') });
    withFiles(gw);
    render(<CallbackDetailPage />);
    await settle();
    expect(screen.getByText('共 2 次回访：已回访 1 次，待回访 1 次；回访后满意 1 次。')).toBeTruthy();
    expect(screen.getByText('✓ 已回访（2026-11-24，电话征询）')).toBeTruthy();
    expect(screen.getByText('办理进度及结果：已致歉')).toBeTruthy();
    expect(screen.getByText('意见和建议：希望一次讲清楚')).toBeTruthy();
    expect(screen.getByText('… 待回访（期限 2026-11-30）')).toBeTruthy();
    expect(screen.getByText('2. （涉及本人的投诉，不予显示）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '拨打当事人电话：13812345678' }));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13812345678' });
    click('下载 Excel：回访明细表');
    await settle();
    expect(calls(gw, 'callbackTable')).toEqual([{ action: 'callbackTable', month: '2026-11' }]);
    expect(screen.getByText('回访明细表已生成：回访明细_2026-11.xlsx')).toBeTruthy();
    click('月份：上个月');
    await settle();
    expect(calls(gw, 'callbackRows').map((e) => e.month)).toEqual(['2026-11', '2026-10']);
  });
});

describe('来访来电登记表 (rule 十一(二))', () => {
  const reg = (date: string) => ({
    date,
    rows: [
      { kind: 'ticket', id: 't1', time: '09:05', category: '法律咨询', channel: '现场来访', name: '李*', phone: '136****2222', summary: '邻里纠纷请求调解', receivedBy: '示例·张某', outcome: '已当场答复' },
      { kind: 'legalAid', id: 'l1', time: '10:30', category: '法律援助申请', channel: '线上', name: '陈**', phone: '139****5678', summary: '子女不支付赡养费', receivedBy: '示例·张某', outcome: '已受理' },
    ],
  });

  it('shows window staff the day\'s contacts by category, steps back a day but not past today, and downloads the Excel', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'reports.dailyRegister': (e) => ({ ok: true, data: reg(String(e.date)) }), 'reports.dailyRegisterXlsx': () => ({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后重试' } }) });
    render(<DailyRegisterPage />);
    await settle();
    expect(screen.getByText('来访来电登记表 · 2026年11月26日')).toBeTruthy();
    expect(screen.getByText('共 2 件：来访来电 1 件，法律援助申请 1 件。')).toBeTruthy();
    expect(screen.getByText('1. 09:05 法律咨询（现场来访）')).toBeTruthy();
    expect(screen.getByText('李* 136****2222')).toBeTruthy(); // the two are apart by a wide space
    expect(screen.getByText('办理结果：已受理')).toBeTruthy();
    expect(screen.getByRole('button', { name: '日期：后一天' }).hasAttribute('disabled')).toBe(true);
    click('日期：前一天');
    await settle();
    expect(calls(gw, 'dailyRegister').map((e) => e.date)).toEqual(['2026-11-26', '2026-11-25']);
    click('下载 Excel：来访来电登记表');
    await settle();
    expect(calls(gw, 'dailyRegisterXlsx')).toEqual([{ action: 'dailyRegisterXlsx', date: '2026-11-25' }]);
    expect(screen.getByRole('alert').textContent).toBe('系统繁忙，请稍后重试');
  });
});
