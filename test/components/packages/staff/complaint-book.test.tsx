import { act, fireEvent, render, screen, within } from '@testing-library/react';
import ComplaintBookPage from '../../../../src/packages/staff/pages/complaint-book/index';
import type { ComplaintBookRow } from '../../../../src/shared/tickets';
import { fakeGateway } from '../../support/gateway';
import { at } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const me = (roles: string[]) => () => ({ ok: true, data: { kind: 'staff', name: '示例·李主任', roles } });

const bookRow = (over: Partial<ComplaintBookRow>): ComplaintBookRow => ({
  id: 'tk_1', receivedAt: at('2026-11-03T09:30:00+08:00'), channel: 'online', complainantName: '示例·陈大爷', complainantPhone: '13912345678',
  respondentName: '示例·张某', scope: 'attitude', content: '说话难听', transferredFrom: '', firstResponder: '示例·张某', assignee: '示例·李某',
  acceptedAt: at('2026-11-03T10:00:00+08:00'), dueAt: at('2026-11-10T17:00:00+08:00'),
  handling: ['11月3日 10:00 示例·张某：受理', '11月5日 15:00 示例·李某：答复'], result: '已当面道歉', closedAt: at('2026-11-05T15:00:00+08:00'),
  onTime: true, major: false, transferReply: '', ...over,
});

atFixedTime();


describe('投诉记录本', () => {
  it("lists the month's complaints: complainant, person complained about, handling steps and result", async () => {
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'tickets.complaintBook': (e) => ({ ok: true, data: { from: e.from, to: e.to, rows: [
        bookRow({}),
        bookRow({ id: 'tk_2', channel: 'transferred', transferredFrom: '县司法局', closedAt: null, onTime: null, result: '', major: true, handling: [] }),
      ] } }),
    });
    render(<ComplaintBookPage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'complaintBook')!.event).toEqual({ action: 'complaintBook', from: '2026-11-01', to: '2026-11-30' });
    expect(screen.getByText('投诉记录本 · 2026年11月')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('共 2 件投诉，已办结 1 件');
    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(first.textContent).toContain('1. 11月3日（周二）09:30 · 线上');
    expect(first.textContent).toContain('投诉人：示例·陈大爷 13912345678');
    expect(first.textContent).toContain('被投诉人：示例·张某');
    expect(first.textContent).toContain('· 11月5日 15:00 示例·李某：答复');
    expect(first.textContent).toContain('处理结果：已当面道歉');
    expect(first.textContent).toContain('✓ 按时办结（11月5日（周四）15:00）');
    expect(second.textContent).toContain('‼ 重大');
    expect(second.textContent).toContain('转来部门：县司法局');
    expect(second.textContent).toContain('◐ 办理中');
  });

  it('shows a director the complaint about themselves without who complained, what they wrote or how it was handled', async () => {
    fakeGateway({
      'info.me': me(['staff', 'director']),
      'tickets.complaintBook': (e) => ({ ok: true, data: { from: e.from, to: e.to, rows: [
        bookRow({ complainantName: '', complainantPhone: '', content: '', handling: [], result: '', respondentName: '示例·李主任', withheld: 'respondent' }),
      ] } }),
    });
    render(<ComplaintBookPage />);
    await settle();
    const [only] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(only.textContent).toContain('这件投诉涉及您本人。按制度八（五）2 回避');
    expect(only.textContent).not.toContain('投诉人：');
    expect(only.textContent).not.toContain('处理结果');
    expect(only.textContent).toContain('办理人：示例·李某');
  });

  it('steps the range back a month with the big buttons and asks for both months', async () => {
    const gw = fakeGateway({ 'info.me': me(['staff', 'admin']), 'tickets.complaintBook': (e) => ({ ok: true, data: { from: e.from, to: e.to, rows: [] } }) });
    render(<ComplaintBookPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '从：上个月' }));
    await settle();
    const last = gw.calls.filter((c) => c.event.action === 'complaintBook').pop()!.event;
    expect(last).toEqual({ action: 'complaintBook', from: '2026-10-01', to: '2026-11-30' });
    expect(screen.getByText('投诉记录本 · 2026年10月至2026年11月')).toBeTruthy();
    expect(screen.getByRole('button', { name: '到：下个月' }).hasAttribute('disabled')).toBe(true);
  });

  it('downloads the CSV on H5 as a file named by the server', async () => {
    const created: Blob[] = [];
    const parts: string[] = [];
    const RealBlob = global.Blob;
    global.Blob = class extends RealBlob {
      constructor(bits: BlobPart[], options?: BlobPropertyBag) { super(bits, options); parts.push(bits.join('')); }
    } as typeof Blob;
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => { created.push(b); return 'blob:x'; };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download); });
    fakeGateway({
      'info.me': me(['staff', 'director']),
      'tickets.complaintBook': (e) => ({ ok: true, data: { from: e.from, to: e.to, rows: [bookRow({})] } }),
      'tickets.complaintBookCsv': () => ({ ok: true, data: { filename: '投诉记录本-2026-11-01至2026-11-30.csv', csv: '\uFEFF受理时间,投诉人\r\n2026-11-03 09:30,示例·陈大爷\r\n' } }),
    });
    render(<ComplaintBookPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '下载表格 CSV' }));
    await settle();
    expect(clicks).toEqual(['投诉记录本-2026-11-01至2026-11-30.csv']);
    expect(created).toHaveLength(1);
    const text = parts[0];
    global.Blob = RealBlob;
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFF受理时间')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    click.mockRestore();
  });

  it('is closed to window staff: only the director and the admin keep the book', async () => {
    const gw = fakeGateway({ 'info.me': me(['staff']) });
    render(<ComplaintBookPage />);
    await settle();
    expect(screen.getByText('投诉记录本只有工作站主任和平台管理人员可以查看。')).toBeTruthy();
    expect(gw.calls.some((c) => c.name === 'tickets')).toBe(false);
  });
});
