import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import MajorReportPage from '../../../../src/packages/staff/pages/major-report/index';
import WorkbenchHome from '../../../../src/packages/staff/pages/index/index';
import ComplaintBookPage from '../../../../src/packages/staff/pages/complaint-book/index';
import type { ComplaintBookRow, MajorReport } from '../../../../src/shared/tickets';
import { fakeGateway } from '../../support/gateway';
import StaffTicket from '../../../../src/packages/staff/pages/tickets/detail/index';
import { overview } from '../../support/fixtures';
import { at, staffTicket, zhang } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const me = (roles: string[]) => () => ({ ok: true, data: { kind: 'staff', name: '示例·李主任', roles } });

const report: MajorReport = {
  filename: '重大投诉报告_tk_1.csv', title: '重大投诉报告（报县局政工监察股）',
  fields: [
    { label: '编号', value: 'tk_1' }, { label: '投诉人', value: '示例·陈大爷' }, { label: '联系电话', value: '13912345678' },
    { label: '重大投诉理由', value: '涉嫌吃拿卡要' },
  ],
  handling: ['11月3日 10:00 示例·张某：受理'],
  csv: '\uFEFF项目,内容\r\n编号,tk_1\r\n',
};

atFixedTime();


describe('重大投诉报告', () => {
  it('asks for the report of the ticket in the link and shows every field and the handling, for the director', async () => {
    __setRouterParams({ id: 'tk_1' });
    const gw = fakeGateway({ 'info.me': me(['staff', 'director']), 'tickets.majorReport': () => ({ ok: true, data: report }) });
    render(<MajorReportPage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'majorReport')!.event).toEqual({ action: 'majorReport', id: 'tk_1' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('重大投诉报告（报县局政工监察股）');
    expect(screen.getByText('涉嫌吃拿卡要')).toBeTruthy();
    expect(screen.getByText('· 11月3日 10:00 示例·张某：受理')).toBeTruthy();
  });

  it('prints with the browser\'s print dialog and shows the text to copy', async () => {
    __setRouterParams({ id: 'tk_1' });
    const print = jest.fn();
    window.print = print;
    fakeGateway({ 'info.me': me(['staff', 'admin']), 'tickets.majorReport': () => ({ ok: true, data: report }) });
    render(<MajorReportPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '打印重大投诉报告' }));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '显示报告文字，可复制' }));
    expect(document.querySelector('.book-text')!.textContent).toBe('重大投诉报告（报县局政工监察股）\n编号：tk_1\n投诉人：示例·陈大爷\n联系电话：13912345678\n重大投诉理由：涉嫌吃拿卡要\n处理过程：\n· 11月3日 10:00 示例·张某：受理');
    fireEvent.click(screen.getByRole('button', { name: '复制报告文字' }));
    await settle();
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: expect.stringContaining('重大投诉理由：涉嫌吃拿卡要') });
  });

  it('shows the server\'s refusal for a complaint not flagged major', async () => {
    __setRouterParams({ id: 'tk_2' });
    fakeGateway({ 'info.me': me(['staff', 'director']), 'tickets.majorReport': () => ({ ok: false, error: { code: 'CONFLICT', message: '这件事没有标记为重大投诉' } }) });
    render(<MajorReportPage />);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('这件事没有标记为重大投诉（点此重试）');
  });

  it('is closed to window staff and asks the server nothing', async () => {
    __setRouterParams({ id: 'tk_1' });
    const gw = fakeGateway({ 'info.me': me(['staff']) });
    render(<MajorReportPage />);
    await settle();
    expect(screen.getByText('没有权限')).toBeTruthy();
    expect(gw.calls.map((c) => `${c.name}.${c.event.action}`)).toEqual(['info.me']);
  });

  it('is opened from a major complaint in the 投诉记录本', async () => {
    const row: ComplaintBookRow = {
      id: 'tk_9', receivedAt: at('2026-11-03T09:30:00+08:00'), channel: 'online', complainantName: '示例·陈大爷', complainantPhone: '13912345678',
      respondentName: '示例·张某', scope: 'bribery', content: '要好处费', transferredFrom: '', firstResponder: '示例·张某', assignee: '示例·李某',
      acceptedAt: null, dueAt: null, handling: [], result: '', closedAt: null, onTime: null, major: true, transferReply: '',
    };
    fakeGateway({ 'info.me': me(['staff', 'director']), 'tickets.complaintBook': (e) => ({ ok: true, data: { from: e.from, to: e.to, rows: [row] } }) });
    render(<ComplaintBookPage />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: '第 1 件：重大投诉报告' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/major-report/index?id=tk_9' });
  });
});

describe('工作台 links to the mailbox and the complaint book', () => {
  it('gives every staff member 意见箱登记, and only the director and admin 投诉记录本', async () => {
    fakeGateway({ 'info.me': me(['staff']), 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    render(<WorkbenchHome />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: /^意见箱登记/ }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/mailbox/index' });
    expect(screen.queryByRole('link', { name: /^投诉记录本/ })).toBeNull();
  });

  it('opens the 投诉记录本 for the director', async () => {
    fakeGateway({ 'info.me': me(['staff', 'director']), 'inbox.list': () => ({ ok: true, data: { items: [] } }) });
    render(<WorkbenchHome />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: /^投诉记录本/ }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/complaint-book/index' });
  });
});

describe('办理来件 links a major complaint to its report', () => {
  const major = { scope: 'bribery' as const, callerIsRespondent: false, major: { reason: '涉嫌吃拿卡要', at: at('2026-11-26T10:00:00+08:00'), by: zhang } };

  it('offers the director the report of a complaint flagged major', async () => {
    __setRouterParams({ id: 'tk_000000000000000000000001' });
    fakeGateway({ 'info.me': me(['staff', 'director']), 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ complaint: major }) }) });
    render(<StaffTicket />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: '重大投诉报告（报县局）：打印、下载' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/major-report/index?id=tk_000000000000000000000001' });
  });

  it('offers window staff no report link', async () => {
    __setRouterParams({ id: 'tk_000000000000000000000001' });
    fakeGateway({ 'info.me': me(['staff']), 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ complaint: major }) }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.queryByRole('link', { name: /重大投诉报告/ })).toBeNull();
  });
});
