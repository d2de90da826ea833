import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MailboxPage from '../../../../src/packages/staff/pages/mailbox/index';
import { fakeGateway } from '../../support/gateway';
import { staffMe } from '../../support/inbox-fixtures';
import { row } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

atFixedTime('2026-11-26T17:05:00+08:00');

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));

describe('投诉意见箱登记', () => {
  it('adds letters one by one and registers them in one call, then opens a registered letter', async () => {
    const gw = fakeGateway({
      'info.me': staffMe,
      'tickets.registerMailbox': (e) => ({ ok: true, data: { tickets: (e.letters as unknown[]).map((_, i) => row({ id: `tk_${i + 1}`, channel: 'mailbox', preview: `信 ${i + 1}` })) } }),
    });
    render(<MailboxPage />);
    await settle();
    expect(screen.getByRole('button', { name: '先加入信件再登记' }).hasAttribute('disabled')).toBe(true);

    type('信的内容', '窗口工作人员态度差');
    pick('投诉事项类别：态度恶劣');
    type('被投诉人（信中写明的，可不填）', '张某');
    type('写信人姓名（署名的才填）', '王某');
    type('写信人电话（留了才填）', '13812345678');
    tap('加入本次登记');
    expect(screen.getByText('第 1 封 · 投诉（态度恶劣）：窗口工作人员态度差')).toBeTruthy();
    expect(screen.getByText('第 2 封信')).toBeTruthy();

    pick('这封信是：意见建议');
    type('信的内容', '建议周六也开门');
    tap('加入本次登记');
    tap('登记这 2 封信');
    await settle();

    const call = gw.calls.find((c) => c.event.action === 'registerMailbox')!.event;
    expect(call.letters).toEqual([
      { type: 'complaint', content: '窗口工作人员态度差', name: '王某', phone: '13812345678', scope: 'attitude', respondentName: '张某' },
      { type: 'suggestion', content: '建议周六也开门' },
    ]);
    expect(String(call.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(screen.getByText('已登记 2 封信')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '第 1 封：信 1' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_1' });
  });

  it('says what is missing before a letter is added: the content, then a complaint\'s scope', async () => {
    fakeGateway({ 'info.me': staffMe });
    render(<MailboxPage />);
    await settle();
    tap('加入本次登记');
    expect(screen.getByRole('alert').textContent).toBe('请填写信的内容');
    type('信的内容', '窗口没人');
    tap('加入本次登记');
    expect(screen.getByRole('alert').textContent).toBe('请选择投诉事项类别');
    expect(screen.queryByText(/^第 1 封 ·/)).toBeNull();
  });

  it('lets a letter added by mistake be taken out before registering', async () => {
    fakeGateway({ 'info.me': staffMe });
    render(<MailboxPage />);
    await settle();
    pick('这封信是：表扬');
    type('信的内容', '感谢李某耐心解答');
    tap('加入本次登记');
    tap('删去第 1 封');
    expect(screen.queryByText(/第 1 封 ·/)).toBeNull();
    expect(screen.getByRole('button', { name: '先加入信件再登记' })).toBeTruthy();
  });

  it('keeps the letters and shows the server\'s refusal, sending the same request id on retry', async () => {
    let calls = 0;
    const gw = fakeGateway({
      'info.me': staffMe,
      'tickets.registerMailbox': () => (++calls === 1
        ? { ok: false, error: { code: 'VALIDATION', message: '第 1 封信：「投诉事项类别」不能为空', field: 'letters.0.scope' } }
        : { ok: true, data: { tickets: [row({ id: 'tk_1', channel: 'mailbox' })] } }),
    });
    render(<MailboxPage />);
    await settle();
    pick('这封信是：意见建议');
    type('信的内容', '建议多放几把椅子');
    tap('加入本次登记');
    tap('登记这 1 封信');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('第 1 封信：「投诉事项类别」不能为空');
    tap('登记这 1 封信');
    await settle();
    const ids = gw.calls.filter((c) => c.event.action === 'registerMailbox').map((c) => c.event.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(screen.getByText('已登记 1 封信')).toBeTruthy();
  });
});
