import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import RegisterPage from '../../../../src/packages/staff/pages/register/index';
import { fakeGateway } from '../../support/gateway';
import { staffTicket } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });

atFixedTime();


describe('登记来访来电', () => {
  it('registers a phone complaint in a few taps and opens it', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.register': () => ({ ok: true, data: { ticket: staffTicket({ id: 'tk_000000000000000000000abc', channel: 'phone' }) } }) });
    render(<RegisterPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '来源：来电' }));
    fireEvent.click(screen.getByRole('radio', { name: '类型：投诉' }));
    fireEvent.click(screen.getByRole('radio', { name: '投诉事项类别：未一次性告知' }));
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '来了三次材料还没说清楚' } });
    fireEvent.change(screen.getByLabelText('投诉人姓名（必填）'), { target: { value: '王大妈' } });
    fireEvent.change(screen.getByLabelText('投诉人电话（必填）'), { target: { value: '13912345678' } });
    expect(screen.queryByText('已经当场解答了吗？')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    const sent = gw.calls.find((c) => c.event.action === 'register')!.event;
    expect(sent).toMatchObject({ channel: 'phone', type: 'complaint', content: '来了三次材料还没说清楚', contact: { name: '王大妈', phone: '13912345678' }, complaint: { scope: 'notToldAtOnce' } });
    expect(sent.answeredOnSpot).toBeUndefined();
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_000000000000000000000abc' });
  });

  it('registers a walk-in consultation answered on the spot and shows the server error at the field it names', async () => {
    let answer: unknown = { ok: false, error: { code: 'VALIDATION', message: '「转来部门」不能为空', field: 'transferredFrom.department' } };
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.register': () => answer });
    render(<RegisterPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '来源：部门转来' }));
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '邻里纠纷咨询' } });
    fireEvent.click(screen.getByRole('radio', { name: '已当场解答' }));
    fireEvent.change(screen.getByLabelText('当场解答的内容'), { target: { value: '已讲解相邻关系规定' } });
    fireEvent.click(screen.getByRole('button', { name: '登记并办结' }));
    await settle();
    expect(document.getElementById('field-transferredFrom-department')!.textContent).toContain('「转来部门」不能为空');
    answer = { ok: true, data: { ticket: staffTicket({ status: 'closed' }) } };
    fireEvent.change(screen.getByLabelText('从哪个部门转来'), { target: { value: '县司法局' } });
    fireEvent.click(screen.getByRole('button', { name: '登记并办结' }));
    await settle();
    const sends = gw.calls.filter((c) => c.event.action === 'register').map((c) => c.event);
    expect(sends[1]).toMatchObject({ channel: 'transferred', type: 'consultation', transferredFrom: { department: '县司法局' }, answeredOnSpot: '已讲解相邻关系规定' });
    expect(sends[0].requestId).toBe(sends[1].requestId);
  });

  it('asks for the day the sending department wants its reply by, sends it with the reference, and shows the server\'s refusal under the date', async () => {
    let answer: unknown = { ok: false, error: { code: 'VALIDATION', message: '「回复期限」不能早于今天', field: 'transferredFrom.dueDate' } };
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.register': () => answer });
    render(<RegisterPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '来源：部门转来' }));
    fireEvent.click(screen.getByRole('radio', { name: '类型：投诉' }));
    fireEvent.click(screen.getByRole('radio', { name: '投诉事项类别：未一次性告知' }));
    fireEvent.change(screen.getByLabelText('从哪个部门转来'), { target: { value: '新建区司法局' } });
    fireEvent.change(screen.getByLabelText('来文编号（可不填）'), { target: { value: '新司转〔2026〕12号' } });
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '县局转来：反映窗口收取咨询费' } });
    expect(screen.getByRole('button', { name: '回复期限：未选，点此选择日期' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('选择日期'), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    expect(document.getElementById('field-transferredFrom-dueDate')!.textContent).toContain('「回复期限」不能早于今天');
    answer = { ok: true, data: { ticket: staffTicket({ channel: 'transferred' }) } };
    fireEvent.change(screen.getByLabelText('选择日期'), { target: { value: '2026-12-08' } });
    expect(screen.getByRole('button', { name: '回复期限：12月8日（周二）前回复，点此改选' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    const sends = gw.calls.filter((c) => c.event.action === 'register').map((c) => c.event);
    expect(sends[1]).toMatchObject({ channel: 'transferred', type: 'complaint', transferredFrom: { department: '新建区司法局', dueDate: '2026-12-08', reference: '新司转〔2026〕12号' } });
  });

  it('attaches photos of a letter, uploaded from the page, and offers none for a walk-in', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.register': () => ({ ok: true, data: { ticket: staffTicket({ channel: 'letter' }) } }) });
    const viaGateway = global.fetch as jest.Mock;
    global.fetch = jest.fn(async (url: string, init: RequestInit) => {
      if (url.startsWith('blob:')) return { blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }) };
      if (url === '/api/files') return { status: 200, headers: { get: () => 'application/json' }, json: async () => ({ ok: true, data: { fileId: `f_${'1'.repeat(32)}` } }) };
      return viaGateway(url, init);
    }) as unknown as typeof fetch;
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:letter-1', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    render(<RegisterPage />);
    await settle();
    expect(screen.queryByRole('button', { name: '拍照 / 选照片' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '来源：信函' }));
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await settle();
    expect(screen.getByRole('button', { name: '删去第 1 张照片' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '来信反映村道占用问题' } });
    fireEvent.click(screen.getByRole('radio', { name: '还要办理' }));
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'register')!.event).toMatchObject({ channel: 'letter', letterPhotoIds: [`f_${'1'.repeat(32)}`] });
  });
  it('checks the phone by the one phone rule before sending: a number without area code is refused at the field, a landline goes through', async () => {
    const gw = fakeGateway({ 'info.me': staffMe, 'tickets.register': () => ({ ok: true, data: { ticket: staffTicket({ channel: 'phone' }) } }) });
    render(<RegisterPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '来源：来电' }));
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '咨询遗嘱公证' } });
    fireEvent.change(screen.getByLabelText('联系电话（可不填）'), { target: { value: '83280002' } });
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    expect(document.getElementById('field-contact-phone')!.textContent).toContain('「联系电话」格式不对');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-contact-phone' }));
    expect(gw.calls.some((c) => c.event.action === 'register')).toBe(false);
    fireEvent.change(screen.getByLabelText('联系电话（可不填）'), { target: { value: '0791-83280002' } });
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'register')!.event.contact).toEqual({ phone: '0791-83280002' });
  });
  it('holds an on-the-spot answer with 服务忌语 on 「仍然发送？」 and sends the very same registration confirmed', async () => {
    const gw = fakeGateway({
      'info.me': staffMe,
      'tickets.register': (e: any) => (e.confirmed
        ? { ok: true, data: { sent: true, ticket: staffTicket({ id: 'tk_000000000000000000000abd', status: 'closed' }) } }
        : { ok: true, data: { sent: false, warnings: [{ phrase: '不知道', category: 'taboo', field: 'answeredOnSpot', suggestion: '我帮您问一下' }] } }),
    });
    render(<RegisterPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('内容'), { target: { value: '问离婚要带什么材料' } });
    fireEvent.click(screen.getByRole('radio', { name: '已当场解答' }));
    fireEvent.change(screen.getByLabelText('当场解答的内容'), { target: { value: '不知道，你找别人去吧' } });
    expect(screen.getByText(/注意：有服务忌语/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '登记并办结' }));
    await settle();
    expect(screen.getByText('仍然发送？')).toBeTruthy();
    expect(screen.getByText('不知道，你找别人去吧')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '仍然发送' }));
    await settle();
    const sends = gw.calls.filter((c) => c.event.action === 'register').map((c) => c.event);
    expect(sends).toHaveLength(2);
    expect(sends[0].confirmed).toBeUndefined();
    expect(sends[1]).toMatchObject({ confirmed: true, answeredOnSpot: '不知道，你找别人去吧', requestId: sends[0].requestId });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_000000000000000000000abd' });
  });
});
