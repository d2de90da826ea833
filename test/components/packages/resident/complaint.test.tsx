import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ComplaintPage from '../../../../src/packages/resident/pages/complaint/index';
import AskPage from '../../../../src/packages/resident/pages/ask/index';
import { fakeGateway } from '../../support/gateway';
import { residentTicket } from '../staff/tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const resident = () => ({ ok: true, data: { kind: 'resident', name: '示例·陈大爷' } });

atFixedTime();


const fieldBox = (id: string) => document.getElementById(id)!;

describe('complaint form', () => {
  it('prefills the name from the server and the phone this phone remembers', async () => {
    Taro.setStorageSync('booking:contact:v1', { phone: '13912345678', address: '' });
    fakeGateway({ 'info.me': resident });
    render(<ComplaintPage />);
    await settle();
    expect((screen.getByLabelText('您的姓名') as HTMLInputElement).value).toBe('示例·陈大爷');
    expect((screen.getByLabelText('您的电话') as HTMLInputElement).value).toBe('13912345678');
  });

  it('shows every problem at once with the labels on the page, scrolls to the first, and sends nothing', async () => {
    const gw = fakeGateway({ 'info.me': () => ({ ok: true, data: { kind: 'resident' } }) });
    render(<ComplaintPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '0791832' } });
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();
    expect(fieldBox('field-content').textContent).toContain('「发生了什么事？」不能为空');
    expect(fieldBox('field-content').textContent).not.toContain('「内容」');
    expect(fieldBox('field-complaint-scope').textContent).toContain('「是哪方面的问题？」请选一项');
    expect(fieldBox('field-name').textContent).toContain('「您的姓名」不能为空');
    expect(fieldBox('field-phone').textContent).toContain('「您的电话」格式不对');
    expect(screen.getByLabelText('1. 发生了什么事？').getAttribute('aria-invalid')).toBe('true');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-content' }));
    expect(gw.calls.filter((c) => c.event.action === 'submit')).toHaveLength(0);
    expect(screen.getByText('请按红色提示修改后再提交')).toBeTruthy();
  });

  it('keeps all 12 digits of a landline with area code and sends it, a remembered 0791-83280002 included', async () => {
    Taro.setStorageSync('tickets:contact:v1', { name: '王某', phone: '0791-83280002' });
    const gw = fakeGateway({ 'info.me': resident, 'tickets.submit': () => ({ ok: true, data: { ticket: residentTicket() } }) });
    render(<ComplaintPage />);
    await settle();
    expect((screen.getByLabelText('您的电话') as HTMLInputElement).value).toBe('079183280002');
    fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '办事的人态度很差' } });
    fireEvent.click(screen.getByRole('radio', { name: /态度差、说话难听/ }));
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '079183280003' } });
    expect((screen.getByLabelText('您的电话') as HTMLInputElement).value).toBe('079183280003');
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'submit')!.event.phone).toBe('079183280003');
  });

  it("tells the server's complaint about a field with the field's visible label, at that field, scrolled to", async () => {
    fakeGateway({
      'info.me': resident,
      'tickets.submit': () => ({ ok: false, error: { code: 'VALIDATION', message: '「内容」太长或太多（最多 2000）', field: 'content' } }),
    });
    render(<ComplaintPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '办事的人态度很差' } });
    fireEvent.click(screen.getByRole('radio', { name: /态度差、说话难听/ }));
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();
    expect(fieldBox('field-content').textContent).toContain('「发生了什么事？」太长或太多（最多 2000）');
    expect(fieldBox('field-phone').textContent).not.toContain('格式不对');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-content' }));
  });

  it('files the complaint once and promises an answer within 5 working days, by Thursday 12月3日', async () => {
    const gw = fakeGateway({
      'info.me': resident,
      'tickets.submit': (e) => ({ ok: true, data: { ticket: residentTicket({ status: 'received', content: String(e.content), createdAt: Date.now(), timeline: [], notices: [] }) } }),
    });
    render(<ComplaintPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '  窗口的人说不知道  ' } });
    fireEvent.click(screen.getByRole('radio', { name: /没有一次说清楚/ }));
    fireEvent.change(screen.getByLabelText('3. 投诉哪位工作人员？（可以不填）'), { target: { value: '窗口的男同志' } });
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();

    const submits = gw.calls.filter((c) => c.event.action === 'submit');
    expect(submits).toHaveLength(1);
    expect(submits[0].event).toMatchObject({
      type: 'complaint', content: '窗口的人说不知道', name: '示例·陈大爷', phone: '13912345678',
      complaint: { scope: 'notToldAtOnce', respondentName: '窗口的男同志' },
    });
    expect(String(submits[0].event.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(screen.getByText('✓ 已提交，工作站已收到')).toBeTruthy();
    expect(screen.getByText('5 个工作日内答复')).toBeTruthy();
    expect(screen.getByText('按今天收到计算，最晚 12月3日（周四）前答复您')).toBeTruthy();
    expect(Taro.getStorageSync('tickets:contact:v1')).toEqual({ name: '示例·陈大爷', phone: '13912345678' });
  });

  it('sends the same request id again when the first try failed, so a retry files nothing twice', async () => {
    let n = 0;
    const gw = fakeGateway({
      'info.me': resident,
      'tickets.submit': () => (++n === 1 ? { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } } : { ok: true, data: { ticket: residentTicket() } }),
    });
    render(<ComplaintPage />);
    await settle();
    fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '办事的人态度很差' } });
    fireEvent.click(screen.getByRole('radio', { name: /态度差、说话难听/ }));
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('提交投诉'));
    await settle();
    const ids = gw.calls.filter((c) => c.event.action === 'submit').map((c) => c.event.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });
});

describe('question, suggestion and praise form', () => {
  it('names the box by the label the resident sees (「您想问什么？」) and checks a phone given', async () => {
    const gw = fakeGateway({ 'info.me': resident });
    render(<AskPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: /问一个法律问题/ }));
    fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '83280002' } });
    fireEvent.click(screen.getByText('提交'));
    await settle();
    expect(fieldBox('field-content').textContent).toContain('「您想问什么？」不能为空');
    expect(fieldBox('field-phone').textContent).toContain('「您的电话」格式不对');
    expect(gw.calls.filter((c) => c.event.action === 'submit')).toHaveLength(0);
  });

  it('asks what kind first, then files a suggestion with the 5-working-day promise', async () => {
    const gw = fakeGateway({
      'info.me': resident,
      'tickets.submit': (e) => ({ ok: true, data: { ticket: residentTicket({ type: 'suggestion', complaint: undefined, content: String(e.content) }) } }),
    });
    render(<AskPage />);
    await settle();
    expect(screen.queryByText('提交')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /给工作站提意见、建议/ }));
    fireEvent.change(screen.getByLabelText('2. 您的意见或建议'), { target: { value: '大厅里多放几把椅子' } });
    fireEvent.click(screen.getByText('提交'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'submit')!.event).toMatchObject({ type: 'suggestion', content: '大厅里多放几把椅子' });
    expect(gw.calls.find((c) => c.event.action === 'submit')!.event.complaint).toBeUndefined();
    expect(screen.getByText('5 个工作日内答复')).toBeTruthy();
  });

  it('thanks for praise without promising an answer date', async () => {
    fakeGateway({ 'info.me': resident, 'tickets.submit': () => ({ ok: true, data: { ticket: residentTicket({ type: 'praise', complaint: undefined }) } }) });
    render(<AskPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: /表扬工作人员/ }));
    fireEvent.change(screen.getByLabelText('2. 表扬谁？为什么？'), { target: { value: '张同志很耐心' } });
    fireEvent.click(screen.getByText('提交'));
    await settle();
    expect(screen.getByText('谢谢您的表扬，我们会转告本人。')).toBeTruthy();
    expect(screen.queryByText(/最晚/)).toBeNull();
  });
});
