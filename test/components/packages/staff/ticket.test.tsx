import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset, __setRouterParams } from '../../doubles/taro';
import StaffTicket from '../../../../src/packages/staff/pages/tickets/detail/index';
import { fakeGateway } from '../../support/gateway';
import { overview, legalAid } from '../../support/fixtures';
import { at, li, staffTicket, zhang } from './tickets-fixtures';
import { settle } from '../../support/clock';

const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });
const ID = 'tk_000000000000000000000001';
const WARNINGS = [{ phrase: '不知道', category: 'taboo', suggestion: '「请稍等，我帮您问一下」' }];

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(Date.parse('2026-11-26T11:00:00+08:00'));
  __setRouterParams({ id: ID });
});
afterEach(() => jest.useRealTimers());


describe('办理来件 (staff ticket page)', () => {
  it('shows the time left on the clock, the contact with tap-to-call, and the timeline', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket() }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.getByRole('status').textContent).toContain('◷ 还剩 5 个工作日');
    expect(screen.getByText('到期时间：12月3日（周四） 17:00')).toBeTruthy();
    expect(screen.getByText('首问责任人：示例·张某')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '拨打电话：13912345678' }));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13912345678' });
    expect(screen.getByText('示例·张某 受理')).toBeTruthy();
  });

  it('shows only the masked contact to staff who do not handle it, and nothing to the person complained about', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ contact: null, contactHidden: 'notHandler' }) }) });
    const { unmount } = render(<StaffTicket />);
    await settle();
    expect(screen.getByText('示例·陈** 139****5678')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /拨打电话/ })).toBeNull();
    unmount();
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ contact: null, contactHidden: 'respondent' }) }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.getByText('您是被投诉人，看不到投诉人的信息。')).toBeTruthy();
    expect(screen.queryByText(/139\*\*\*\*5678/)).toBeNull();
  });

  it('warns about 服务忌语 while typing, then on send shows the polite form and asks 「仍然发送？」; only confirming sends', async () => {
    const replied = staffTicket({ timeline: [...staffTicket().timeline, { id: 'e9', at: Date.now(), kind: 'reply', by: zhang, summary: '示例·张某 答复', text: '这个我不知道', confirmedWarnings: ['不知道'] }] });
    const gw = fakeGateway({
      'info.me': staffMe,
      'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.reply': (e) => (e.confirmed ? { ok: true, data: { sent: true, ticket: replied } } : { ok: true, data: { sent: false, warnings: WARNINGS } }),
    });
    render(<StaffTicket />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '回复' }));
    fireEvent.change(screen.getByLabelText('答复内容'), { target: { value: '这个我不知道' } });
    expect(screen.getByRole('alert').textContent).toContain('服务忌语「不知道」→ 建议说：「请稍等，我帮您问一下」');

    fireEvent.click(screen.getByRole('button', { name: '发送回复' }));
    await settle();
    expect(screen.getByRole('dialog', { name: '仍然发送？' })).toBeTruthy();
    expect(screen.getByText('⚠ 这条回复含有服务忌语，还没有发送')).toBeTruthy();
    expect(gw.calls.filter((c) => c.event.action === 'reply').map((c) => c.event.confirmed)).toEqual([false]);

    fireEvent.click(screen.getByRole('button', { name: '仍然发送' }));
    await settle();
    const sends = gw.calls.filter((c) => c.event.action === 'reply').map((c) => c.event);
    expect(sends[1]).toEqual({ action: 'reply', id: ID, text: '这个我不知道', confirmed: true, requestId: sends[0].requestId });
    expect(sends[0].requestId).toMatch(/^s-/); // one id for the reply box: the confirmed send is the same request
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('⚠ 含服务忌语仍发送：不知道')).toBeTruthy();
  });

  it('lets the sender go back and rewrite instead: 返回修改 keeps the text and sends nothing', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.reply': (e) => (e.confirmed || !String(e.text).includes('不知道') ? { ok: true, data: { sent: true, ticket: staffTicket() } } : { ok: true, data: { sent: false, warnings: WARNINGS } }),
    });
    render(<StaffTicket />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '回复' }));
    fireEvent.change(screen.getByLabelText('答复内容'), { target: { value: '不知道' } });
    fireEvent.click(screen.getByRole('button', { name: '发送回复' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '返回修改' }));
    expect((screen.getByLabelText('答复内容') as HTMLTextAreaElement).value).toBe('不知道');
    fireEvent.change(screen.getByLabelText('答复内容'), { target: { value: '请稍等，我帮您问一下' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '发送回复' }));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'reply').map((c) => [c.event.text, c.event.confirmed])).toEqual([['不知道', false], ['请稍等，我帮您问一下', false]]);
  });

  it('accepts a new online ticket from the bottom bar', async () => {
    const received = staffTicket({ status: 'received', assignee: null, firstResponder: null, clock: { purpose: 'ticket.accept', title: '线上来件受理', dueAt: at('2026-11-27T10:00:00+08:00'), warnAt: null, overdue: false, provisional: false },
      can: { accept: true, reply: false, handOn: false, issueNotice: false, reportDelay: false, markMajor: false, recordTransferReply: false, close: true } });
    const gw = fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: received }), 'tickets.accept': () => ({ ok: true, data: { ticket: staffTicket() } }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.getByRole('status').textContent).toContain('◔ 明天 10:00 到期');
    fireEvent.click(screen.getByRole('button', { name: '受理，由我办理' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'accept')!.event).toEqual({ action: 'accept', id: ID });
    expect(screen.getByRole('button', { name: '回复' })).toBeTruthy();
  });

  it('hands on to a colleague picked from big chips, and closes as out of scope with where to go', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.staffList': () => ({ ok: true, data: { items: [zhang, li] } }),
      'tickets.handOn': () => ({ ok: true, data: { ticket: staffTicket({ assignee: li }) } }),
      'tickets.close': () => ({ ok: false, error: { code: 'VALIDATION', message: '「告知去向」不能为空', field: 'outOfScope.whereToGo' } }),
    });
    render(<StaffTicket />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '更多办理' }));
    fireEvent.click(screen.getByRole('button', { name: '转交给同事' }));
    await settle();
    expect(screen.queryByRole('radio', { name: '转交给：示例·张某' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '转交给：示例·李某' }));
    fireEvent.change(screen.getByLabelText('转交说明'), { target: { value: '请调解员办理' } });
    fireEvent.click(screen.getByRole('button', { name: '确认转交' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'handOn')!.event).toEqual({ action: 'handOn', id: ID, toStaffId: 'staff:2', note: '请调解员办理' });
    expect(screen.getByText('办理人：示例·李某')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '更多办理' }));
    fireEvent.click(screen.getByRole('button', { name: '不归本站办，告知去向' }));
    fireEvent.change(screen.getByLabelText('办理结果（简要）'), { target: { value: '已告知去人社局' } });
    fireEvent.change(screen.getByLabelText('向居民解释为什么'), { target: { value: '工资拖欠由劳动监察处理' } });
    fireEvent.click(screen.getByRole('button', { name: '确认办结' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'close')!.event).toEqual({ action: 'close', id: ID, result: '已告知去人社局', outOfScope: { explanation: '工资拖欠由劳动监察处理', whereToGo: '' } });
    expect(document.getElementById('field-outOfScope-whereToGo')!.textContent).toContain('「告知去向」不能为空');
  });

  it('issues a one-time notice from a published guide with a note', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.issueNotice': () => ({ ok: true, data: { ticket: staffTicket(), notice: {} } }),
    });
    render(<StaffTicket />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '更多办理' }));
    fireEvent.click(screen.getByRole('button', { name: '一次性告知（办事指南）' }));
    expect(screen.queryByRole('radio', { name: '告知方式：电话口头告知' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: `办事指南：${legalAid.data.title}` }));
    fireEvent.change(screen.getByLabelText('补充说明（可不填）'), { target: { value: '还需带村委会证明' } });
    fireEvent.click(screen.getByRole('button', { name: '发出书面告知' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'issueNotice')!.event).toEqual({ action: 'issueNotice', id: ID, guideKey: 'guide:legal-aid', extra: '还需带村委会证明', oral: false, requestId: expect.stringMatching(/^s-/) });
  });
});

describe('a complaint transferred in from another department (rule 八(五)6)', () => {
  const from = { department: '新建区司法局', reference: '新司转〔2026〕12号', dueDate: '2026-11-28', dueAt: at('2026-11-30T17:00:00+08:00') };
  it('shows by when the sending department must have its reply, and, once passed, that the director was told', async () => {
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ channel: 'transferred', online: false, transferredFrom: { ...from, overdue: false } }) }) });
    const { unmount } = render(<StaffTicket />);
    await settle();
    expect(screen.getByText('转来部门：新建区司法局（新司转〔2026〕12号）')).toBeTruthy();
    expect(screen.getByText(/请在 11月30日（周一）17:00 前回复转来部门/)).toBeTruthy();
    unmount();
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ channel: 'transferred', online: false, transferredFrom: { ...from, overdue: true } }) }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.getByText(/⚠ 已超过回复期限（11月30日（周一）17:00），已报工作站主任督办/)).toBeTruthy();
  });

  it('says the reply went back, and when it was late', async () => {
    const reply = { text: '已核实处理', at: at('2026-12-01T09:30:00+08:00'), by: zhang, onTime: false };
    fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview(), 'tickets.get': () => ({ ok: true, data: staffTicket({ channel: 'transferred', online: false, transferredFrom: { ...from, overdue: false }, transferReply: reply }) }) });
    render(<StaffTicket />);
    await settle();
    expect(screen.getByText(/⚠ 已回复转来部门（超过回复期限） · 12月1日（周二）09:30/)).toBeTruthy();
  });
});
