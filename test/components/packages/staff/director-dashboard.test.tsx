import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import WorkbenchHome from '../../../../src/packages/staff/pages/index/index';
import { fakeGateway } from '../../support/gateway';
import { adminMe, staffMe } from '../../support/inbox-fixtures';
import { atFixedTime } from '../../support/clock';

atFixedTime();

const dashboard = {
  today: { date: '2026-11-26', open: 7, overdue: 2, greenOpenToday: 1, callbacksDue: 3 },
  month: '2026-11',
  trend: Array.from({ length: 26 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, count: i === 24 ? 9 : i % 3 })),
};

async function renderHome() {
  render(<WorkbenchHome />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
}

describe('工作台 — 今日概况 (issue 14)', () => {
  it('shows the director today\'s figures in words and the month\'s trend with its numbers as text', async () => {
    fakeGateway({ 'info.me': adminMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }), 'reports.dashboard': () => ({ ok: true, data: dashboard }) });
    await renderHome();
    expect(screen.getByText('今日概况（2026-11-26）')).toBeTruthy();
    expect(screen.getByText('办理中的事项：7 件')).toBeTruthy();
    expect(screen.getByText('⚠ 已超期：2 件')).toBeTruthy();
    expect(screen.getByText('⚠ 今天须办结的绿色通道法律援助：1 件')).toBeTruthy();
    expect(screen.getByText('⚠ 今天到期的回访：3 件')).toBeTruthy();
    const total = dashboard.trend.reduce((n, t) => n + t.count, 0);
    expect(screen.getByText(`本月至今共受理 ${total} 件，最多的一天是 11月25日（9 件）。`)).toBeTruthy();
    expect(screen.getByText('25日：9 件')).toBeTruthy();
  });

  it('asks for the month\'s Excel and says what it made', async () => {
    const gw = fakeGateway({
      'info.me': adminMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }), 'reports.dashboard': () => ({ ok: true, data: dashboard }),
      'reports.monthlyXlsx': () => ({ ok: false, error: { code: 'VALIDATION', message: '「月份」这个月份还没有到，请选择本月或以前的月份', field: 'month' } }),
    });
    await renderHome();
    fireEvent.click(screen.getByText('下载本月统计（Excel）'));
    await act(async () => { await jest.advanceTimersByTimeAsync(100); });
    expect(gw.calls.map((c) => `${c.name}.${c.event.action}`)).toContain('reports.monthlyXlsx');
    expect(gw.calls.find((c) => c.event.action === 'monthlyXlsx')!.event.month).toBe('2026-11');
    expect(screen.getByText('「月份」这个月份还没有到，请选择本月或以前的月份')).toBeTruthy();
  });

  it('says which reports are missing and opens the submissions history and the report pages', async () => {
    const missing = { kind: 'monthly', period: '2026-10', dueDay: '2026-11-06', submittedDay: null, fileName: null, by: null, state: 'missing' };
    const gw = fakeGateway({
      'info.me': adminMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }), 'reports.dashboard': () => ({ ok: true, data: dashboard }),
      'reports.submissions': () => ({ ok: true, data: [{ ...missing, period: '2026-09', state: 'onTime', submittedDay: '2026-10-09' }, missing] }),
    });
    await renderHome();
    expect(gw.calls.find((c) => c.event.action === 'submissions')!.event.year).toBe(2026);
    fireEvent.click(screen.getByRole('link', { name: '报表报送：⚠ 逾期未报 1 期：2026年10月月报　报送记录' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/reports/submissions/index' });
    for (const name of [/^季度分析与整改：/, /^回访明细表：/, /^报送期限：/, /^来访来电登记表：/]) expect(screen.getByRole('link', { name })).toBeTruthy();
  });

  it('shows window staff no dashboard and asks for none', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    await renderHome();
    expect(screen.queryByText(/今日概况/)).toBeNull();
    expect(gw.calls.map((c) => c.name)).not.toContain('reports');
  });
});
