import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import CallbackTasks from '../../../../src/packages/staff/pages/callbacks/index';
import CallbackDetail from '../../../../src/packages/staff/pages/callbacks/detail/index';
import type { CallbackTaskView } from '../../../../src/shared/ratings';
import { fakeGateway } from '../../support/gateway';
import { at } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const zhang = { staffId: 'staff:1', name: '示例·张某' };
const li = { staffId: 'staff:2', name: '示例·李某' };
const me = (roles: string[]) => () => ({ ok: true, data: { kind: 'staff', name: '示例·李某', roles } });

const task = (over: Partial<CallbackTaskView> = {}): CallbackTaskView => ({
  id: 'cb:ticket:tk_1', subject: { type: 'ticket', id: 'tk_1' }, subjectKey: 'ticket:tk_1', title: '法律咨询', typeKey: 'consultation',
  month: '2026-11', reasons: ['rating'], mandatory: true, status: 'open', staff: zhang,
  rating: { level: 'unsatisfied', comment: '等了太久', source: 'miniProgram' }, createdAt: at('2026-11-26T10:00:00+08:00'),
  dueAt: at('2026-12-03T17:00:00+08:00'), overdue: false, attempts: [], record: null, doneAt: null, ...over,
});

atFixedTime();


describe('回访任务 list', () => {
  it('shows overdue tasks first with ⚠ and words, the reason in words, and opens a task', async () => {
    const gw = fakeGateway({
      'info.me': me(['staff']),
      'ratings.callbacks': () => ({ ok: true, data: { next: null, serverNow: Date.now(), items: [
        task({ id: 'cb:ticket:tk_0', title: '投诉', reasons: ['major'], dueAt: at('2026-11-24T17:00:00+08:00'), overdue: true, rating: null,
          attempts: [{ at: at('2026-11-23T10:00:00+08:00'), by: li, method: 'phone', note: '无人接听' }] }),
        task({}),
        task({ id: 'cb:ticket:tk_2', reasons: ['sample'], mandatory: false, rating: null }),
      ] } }),
    });
    render(<CallbackTasks />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'callbacks')!.event).toEqual({ action: 'callbacks', status: 'open', limit: 30 });
    expect(screen.getByText('⚠ 有 1 件回访已超期，请先回访')).toBeTruthy();
    const rows = within(screen.getByRole('list')).getAllByRole('link');
    expect(rows[0].textContent).toContain('⚠ 已超期');
    expect(rows[0].textContent).toContain('重大案件 · 必须回访');
    expect(rows[0].textContent).toContain('已试 1 次没联系上');
    expect(rows[1].textContent).toContain('◷ 还剩 5 个工作日');
    expect(rows[1].textContent).toContain('评价回访 · 必须回访 · 评价：😞 不满意');
    expect(rows[1].textContent).toContain('到期时间：12月3日（周四） 17:00');
    expect(rows[2].textContent).toContain('月度抽访');
    expect(rows[2].textContent).not.toContain('必须回访');
    fireEvent.click(rows[1]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/callbacks/detail/index?id=cb%3Aticket%3Atk_1' });
  });

  it('filters by reason with the big chips and offers the table only to the director', async () => {
    const gw = fakeGateway({ 'info.me': me(['staff', 'director']), 'ratings.callbacks': () => ({ ok: true, data: { next: null, serverNow: 0, items: [] } }) });
    render(<CallbackTasks />);
    await settle();
    expect(screen.getByText('✓ 没有待回访的任务。')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '原因：月度抽访' }));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'callbacks').pop()!.event).toEqual({ action: 'callbacks', status: 'open', reason: 'sample', limit: 30 });
    expect(screen.getByRole('button', { name: '回访汇总表' })).toBeTruthy();
  });
});

describe('recording a callback', () => {
  beforeEach(() => __setRouterParams({ id: 'cb%3Aticket%3Atk_1' }));

  it('records an unreachable resident as an attempt: the task stays open and the form is ready for the next try', async () => {
    let attempts: CallbackTaskView['attempts'] = [];
    const gw = fakeGateway({
      'info.me': me(['staff']),
      'ratings.callback': () => ({ ok: true, data: { task: task(), contact: { name: '示例·陈大爷', phone: '13912345678' } } }),
      'ratings.recordCallback': (e) => {
        attempts = [...attempts, { at: Date.now(), by: li, method: e.method as 'phone', note: (e.note as string) ?? null }];
        return { ok: true, data: { task: task({ attempts }) } };
      },
    });
    render(<CallbackDetail />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'callback')!.event).toEqual({ action: 'callback', taskId: 'cb:ticket:tk_1' });
    expect(screen.getByText('电话：13912345678')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '拨打电话：13912345678' }));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13912345678' });

    fireEvent.click(screen.getByRole('button', { name: '保存回访记录' }));
    await settle();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('请选择回访方式');
    fireEvent.click(screen.getByRole('radio', { name: '回访方式：电话征询' }));
    fireEvent.click(screen.getByRole('radio', { name: '联系上居民了吗？：没联系上' }));
    expect(screen.queryByLabelText('对工作人员的评价')).toBeNull();
    fireEvent.change(screen.getByLabelText('情况说明（如：无人接听、关机、空号）'), { target: { value: '无人接听' } });
    fireEvent.click(screen.getByRole('button', { name: '保存回访记录' }));
    await settle();

    expect(gw.calls.find((c) => c.event.action === 'recordCallback')!.event).toEqual({
      action: 'recordCallback', taskId: 'cb:ticket:tk_1', method: 'phone', reached: false, note: '无人接听', requestId: expect.stringMatching(/^s-/),
    });
    expect(screen.getByText('已记下第 1 次没联系上。任务还在，请换个时间再联系。')).toBeTruthy();
    expect(screen.getByText('没联系上 1 次：')).toBeTruthy();
    expect(screen.getByText(/✗ 11月26日（周四）10:00 电话征询 · 示例·李某：无人接听/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: '联系上居民了吗？：没联系上' }).getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('radio', { name: '回访方式：电话征询' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('button', { name: '保存回访记录' })).toBeTruthy();
  });

  it('records a reached callback: the server names a missing field, then the task is done and read back', async () => {
    const gw = fakeGateway({
      'info.me': me(['staff']),
      'ratings.callback': () => ({ ok: true, data: { task: task(), contact: { name: '示例·陈大爷' } } }),
      'ratings.recordCallback': (e) => (e.staffView
        ? { ok: true, data: { task: task({ status: 'done', doneAt: Date.now(), record: {
          method: 'visit', by: li, at: Date.now(), progress: e.progress as string, staffView: e.staffView as string,
          opinions: null, satisfiedNow: e.satisfiedNow as boolean, note: null } }) } }
        : { ok: false, error: { code: 'VALIDATION', message: '请填写对工作人员的评价', field: 'staffView' } }),
    });
    render(<CallbackDetail />);
    await settle();
    expect(screen.getByText('没有留电话，请上门走访或当面约谈。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /拨打/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '回访方式：上门走访' }));
    fireEvent.click(screen.getByRole('radio', { name: '联系上居民了吗？：联系上了' }));
    fireEvent.change(screen.getByLabelText('办理进度及结果（居民怎么说）'), { target: { value: '问题已解决' } });
    fireEvent.click(screen.getByRole('radio', { name: '居民现在满意吗？：满意了' }));
    fireEvent.click(screen.getByRole('button', { name: '保存回访记录' }));
    await settle();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(expect.arrayContaining(['请填写对工作人员的评价', '请按红字修改后再保存']));
    fireEvent.change(screen.getByLabelText('对工作人员的评价'), { target: { value: '态度好' } });
    fireEvent.click(screen.getByRole('button', { name: '保存回访记录' }));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'recordCallback').pop()!.event).toEqual({
      action: 'recordCallback', taskId: 'cb:ticket:tk_1', method: 'visit', reached: true, progress: '问题已解决', staffView: '态度好', satisfiedNow: true, requestId: expect.stringMatching(/^s-/),
    });
    expect(screen.getByText('✓ 回访记录')).toBeTruthy();
    expect(screen.getByText('现在是否满意：✓ 满意了')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存回访记录' })).toBeNull();
  });
});
