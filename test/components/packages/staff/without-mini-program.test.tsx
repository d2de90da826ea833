import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import PhoneHomeVisitPage from '../../../../src/packages/staff/pages/phone-home-visit/index';
import ResultCallsPage from '../../../../src/packages/staff/pages/result-calls/index';
import StaffInbox from '../../../../src/packages/staff/pages/inbox/index';
import type { ResultCallView } from '../../../../src/shared/result-calls';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { inboxItem } from '../../support/inbox-fixtures';
import { settle } from '../../support/clock';

const NOW = Date.parse('2026-11-26T10:00:00+08:00');
const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const box = (id: string) => document.getElementById(id)!;

describe('登记电话预约上门 (rule 一(四)3: home visits booked by phone)', () => {
  it('shows every problem at once with the page’s labels, scrolled to the first, and sends nothing', async () => {
    const gw = fakeGateway({ 'info.me': staffMe });
    render(<PhoneHomeVisitPage />);
    await settle();
    type('联系电话', '0791832');
    tap('登记上门服务申请');
    expect(box('field-name').textContent).toContain('「来电人姓名」不能为空');
    expect(box('field-phone').textContent).toContain('「联系电话」格式不对');
    expect(box('field-address').textContent).toContain('「上门地址」不能为空');
    expect(box('field-basis').textContent).toContain('「申请依据」请选一项');
    expect(box('field-description').textContent).toContain('「需要帮助的事项」不能为空');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-name' }));
    expect(gw.calls.some((c) => c.event.action === 'registerHomeVisit')).toBe(false);
  });

  it('reads the rule to a caller under 70 from the age told, before sending', async () => {
    const gw = fakeGateway({ 'info.me': staffMe });
    render(<PhoneHomeVisitPage />);
    await settle();
    type('来电人姓名', '王奶奶');
    type('联系电话', '079183280002');
    type('上门地址', '西山镇西山村3组12号');
    fireEvent.click(screen.getByRole('radio', { name: '申请依据：年满七十岁' }));
    type('年龄（岁）', '66');
    type('需要帮助的事项', '赡养纠纷');
    tap('登记上门服务申请');
    expect(screen.getByRole('alert').textContent).toContain('按来电所说，老人现年 66 岁，未满七十岁');
    expect(gw.calls.some((c) => c.event.action === 'registerHomeVisit')).toBe(false);
  });

  it('registers the call with the landline whole and the age as told, and says by when to call back', async () => {
    const gw = fakeGateway({
      'info.me': staffMe,
      'appointments.registerHomeVisit': (e) => ({ ok: true, data: {
        id: 'appt:1', kind: 'homeVisit', status: 'requested', statusLabel: '待答复', service: 'homeVisit', serviceLabel: '上门服务', date: null, start: null, end: null,
        createdAt: NOW, updatedAt: NOW, channel: 'phone', booker: { name: e.name, phone: '0791-83280002' },
        homeVisit: { basis: 'age70', age: 82, address: e.address, phone: '0791-83280002', preferredDays: [], description: e.description, answerDueAt: Date.parse('2026-11-27T17:00:00+08:00') },
      } }),
    });
    render(<PhoneHomeVisitPage />);
    await settle();
    type('来电人姓名', '王奶奶');
    type('联系电话', '079183280002');
    type('上门地址', '西山镇西山村3组12号');
    fireEvent.click(screen.getByRole('radio', { name: '申请依据：年满七十岁' }));
    type('年龄（岁）', '82');
    type('需要帮助的事项', '赡养纠纷');
    tap('登记上门服务申请');
    await settle();
    const sent = gw.calls.find((c) => c.event.action === 'registerHomeVisit')!.event;
    expect(sent).toMatchObject({ name: '王奶奶', phone: '079183280002', basis: 'age70', age: 82, address: '西山镇西山村3组12号' });
    expect(String(sent.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(screen.getByText('✓ 已登记上门服务申请')).toBeTruthy();
    expect(screen.getByText(/11月27日.*17:00 前回电约定上门时间/)).toBeTruthy();
  });
});

const task = (over: Partial<ResultCallView> = {}): ResultCallView => ({
  id: 'rc:ticket:tk_1:closed', occasion: 'closed', title: '告知结果：法律咨询（来电）', tell: '遗嘱公证请带身份证、户口本', contact: { name: '王奶奶', phone: '0791-83280002' },
  subject: 'ticket:tk_1', status: 'open', dueAt: Date.parse('2026-11-27T17:00:00+08:00'), overdue: false, attempts: [], doneAt: null, createdAt: NOW, ...over,
});

describe('告知结果 (rule 六: 结果及时反馈)', () => {
  it('shows whom to call with tap-to-call and what to tell; 没联系上 keeps the task, 已告知 records it', async () => {
    let current = task();
    const gw = fakeGateway({
      'info.me': staffMe,
      'resultCalls.mine': () => ({ ok: true, data: { items: [current] } }),
      'resultCalls.record': (e) => {
        const attempt = { at: NOW, by: { staffId: 'staff:demo-staff', name: '示例·张某' }, reached: Boolean(e.reached), note: (e.note as string) ?? null };
        current = { ...current, attempts: [...current.attempts, attempt], ...(e.reached ? { status: 'done' as const, doneAt: NOW } : {}) };
        return { ok: true, data: { task: current } };
      },
    });
    render(<ResultCallsPage />);
    await settle();
    expect(screen.getByText('遗嘱公证请带身份证、户口本')).toBeTruthy();
    tap('拨打 王奶奶 0791-83280002');
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280002' });
    type('备注', '无人接听');
    tap('没联系上，稍后再打');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'record')!.event).toEqual({ action: 'record', id: 'rc:ticket:tk_1:closed', reached: false, note: '无人接听' });
    expect(screen.getByText('已记录这次没联系上，任务保留，请稍后再打。')).toBeTruthy();
    expect(screen.getByText(/没联系上（无人接听）/)).toBeTruthy();
    tap('已告知');
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'record').map((c) => c.event.reached)).toEqual([false, true]);
    expect(screen.getByText('已告知（1）')).toBeTruthy();
  });

  it('puts the number to call right in 我的待办, tap-to-call', async () => {
    fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'inbox.list': () => ({ ok: true, data: { items: [inboxItem({ id: 'rc:ticket:tk_1:closed:task', title: '告知结果：法律咨询（来电）', body: '请打电话告诉王奶奶（0791-83280002）：…', dueAt: Date.parse('2026-11-27T17:00:00+08:00'), phone: '0791-83280002', link: '/packages/staff/pages/result-calls/index' })] } }),
    });
    render(<StaffInbox />);
    await settle();
    const call = screen.getByRole('button', { name: '拨打 当事人 0791-83280002' });
    fireEvent.click(call);
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280002' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(within(document.body).getByText('告知结果：法律咨询（来电）')).toBeTruthy();
  });
});
