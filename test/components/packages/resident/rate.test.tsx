import { act, fireEvent, render, screen } from '@testing-library/react';
import { __reset, __setRouterParams } from '../../doubles/taro';
import RatePage from '../../../../src/packages/resident/pages/rate/index';
import MyTicket from '../../../../src/packages/resident/pages/tickets/detail/index';
import { PendingRatePrompts } from '../../../../src/packages/resident/pages/rate/parts/RatePrompt';
import MyRatings from '../../../../src/packages/resident/pages/ratings/index';
import type { RatingRequestView, RatingView } from '../../../../src/shared/ratings';
import { fakeGateway } from '../../support/gateway';
import { at, residentTicket } from '../staff/tickets-fixtures';
import { settle } from '../../support/clock';

const zhang = { staffId: 'staff:1', name: '示例·张某' };
const request: RatingRequestView = {
  subject: { type: 'ticket', id: 'tk_1' }, subjectKey: 'ticket:tk_1', title: '法律咨询', typeKey: 'consultation',
  completedAt: at('2026-11-25T15:00:00+08:00'), staff: zhang, rated: false, remindedAt: null,
};
const rating = (over: Partial<RatingView> = {}): RatingView => ({
  id: 'rt_1', subject: request.subject, subjectKey: 'ticket:tk_1', title: '法律咨询', level: 'unsatisfied', aspects: ['speed'],
  comment: '等了太久', source: 'miniProgram', recordedBy: null, selfRecorded: false, at: at('2026-11-26T10:00:00+08:00'), followUps: [], callbackOwed: true, ...over,
});

beforeEach(() => {
  __reset();
  __setRouterParams({ subject: 'ticket%3Atk_1' });
  jest.useFakeTimers();
  jest.setSystemTime(Date.parse('2026-11-26T10:00:00+08:00'));
});
afterEach(() => jest.useRealTimers());


describe('服务评价 page, not rated yet', () => {
  it('shows three large choices, each a face and a word, and marks the chosen one in words', async () => {
    fakeGateway({ 'ratings.forSubject': () => ({ ok: true, data: { request, rating: null } }) });
    render(<RatePage />);
    await settle();
    expect(screen.getByText('请为这次服务评价')).toBeTruthy();
    expect(screen.getByText('11月25日（周三）办结 · 办理人：示例·张某')).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual(['满意', '基本满意', '不满意']);
    expect(radios.map((r) => r.textContent)).toEqual(['😊满意', '😐基本满意', '😞不满意']);
    fireEvent.click(screen.getByRole('radio', { name: '基本满意' }));
    expect(screen.getByRole('radio', { name: '基本满意' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '基本满意' }).textContent).toContain('✓ 已选');
    expect(screen.getByRole('radio', { name: '满意' }).getAttribute('aria-checked')).toBe('false');
  });

  it('asks for a choice before sending anything', async () => {
    const gw = fakeGateway({ 'ratings.forSubject': () => ({ ok: true, data: { request, rating: null } }) });
    render(<RatePage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await settle();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('请先选一项：满意、基本满意或不满意');
    expect(gw.calls.filter((c) => c.event.action === 'rate')).toHaveLength(0);
  });

  it('sends 不满意 with the ticked aspects and comment once, then promises a callback within 5 working days', async () => {
    const gw = fakeGateway({
      'ratings.forSubject': () => ({ ok: true, data: { request, rating: null } }),
      'ratings.rate': (e) => ({ ok: true, data: { rating: rating({ aspects: e.aspects as RatingView['aspects'], comment: e.comment as string }), callbackTaskId: 'cb:ticket:tk_1' } }),
    });
    render(<RatePage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '办理结果' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '办理速度' }));
    fireEvent.change(screen.getByLabelText('还想说的话（可以不填）'), { target: { value: ' 等了太久 ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    fireEvent.click(screen.getByRole('button', { name: /提交评价|正在提交/ }));
    await settle();
    const sent = gw.calls.filter((c) => c.event.action === 'rate');
    expect(sent).toHaveLength(1);
    expect(sent[0].event).toEqual({
      action: 'rate', subject: { type: 'ticket', id: 'tk_1' }, level: 'unsatisfied', aspects: ['speed', 'result'], comment: '等了太久',
      requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    });
    expect(screen.getByText('✓ 谢谢您的评价')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('不满意');
    expect(screen.getByRole('note').textContent).toContain('工作站会在 5 个工作日内回访您');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('promises no callback after 满意 and leaves out empty aspects and comment', async () => {
    const gw = fakeGateway({
      'ratings.forSubject': () => ({ ok: true, data: { request, rating: null } }),
      'ratings.rate': () => ({ ok: true, data: { rating: rating({ level: 'satisfied', aspects: [], comment: null, callbackOwed: false }), callbackTaskId: null } }),
    });
    render(<RatePage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '满意' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await settle();
    const sent = gw.calls.find((c) => c.event.action === 'rate')!.event;
    expect(Object.keys(sent).sort()).toEqual(['action', 'level', 'requestId', 'subject']);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the existing rating when it was rated meanwhile (CONFLICT)', async () => {
    let rated = false;
    fakeGateway({
      'ratings.forSubject': () => ({ ok: true, data: { request, rating: rated ? rating({ source: 'windowDevice', recordedBy: zhang, level: 'satisfied', callbackOwed: false }) : null } }),
      'ratings.rate': () => { rated = true; return { ok: false, error: { code: 'CONFLICT', message: '这项服务已经评价过了，评价不能修改，您可以追加评论' } }; },
    });
    render(<RatePage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await settle();
    expect(screen.getByText('您已经评价过了')).toBeTruthy();
    expect(screen.getByText(/在窗口评价器上评价，由示例·张某登记/)).toBeTruthy();
  });
});

describe('服务评价 page, already rated', () => {
  it('shows the rating read-only and appends a follow-up comment without changing it', async () => {
    const gw = fakeGateway({
      'ratings.forSubject': () => ({ ok: true, data: { request: { ...request, rated: true }, rating: rating() } }),
      'ratings.addComment': (e) => ({ ok: true, data: { rating: rating({ followUps: [{ text: e.text as string, at: at('2026-11-26T10:00:00+08:00') }] }) } }),
    });
    render(<RatePage />);
    await settle();
    expect(screen.getByText('您已经评价过了')).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-label')).toBe('您的评价：不满意');
    expect(screen.getByText('关于：办理速度')).toBeTruthy();
    expect(screen.getByText('等了太久')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('5 个工作日内回访');
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '提交追加评论' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('请先写下要追加的话');
    fireEvent.change(screen.getByLabelText('追加评论'), { target: { value: '后来工作人员打电话解释了' } });
    fireEvent.click(screen.getByRole('button', { name: '提交追加评论' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'addComment')!.event).toEqual({ action: 'addComment', ratingId: 'rt_1', text: '后来工作人员打电话解释了', requestId: expect.any(String) });
    expect(screen.getByText('追加的评论（1 条）')).toBeTruthy();
    expect(screen.getByText('后来工作人员打电话解释了')).toBeTruthy();
    expect(screen.getByText('✓ 已追加评论')).toBeTruthy();
  });

  it('says what went wrong when the item is not the resident’s own', async () => {
    fakeGateway({ 'ratings.forSubject': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这项服务' } }) });
    render(<RatePage />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('没有找到这项服务');
  });
});

describe('the prompt on a finished matter', () => {
  it('asks to rate a closed ticket that is not rated, and opens the rating page', async () => {
    __setRouterParams({ id: 'tk_1' });
    fakeGateway({
      'tickets.get': () => ({ ok: true, data: residentTicket({ id: 'tk_1', status: 'closed', closure: { result: '已答复', at: at('2026-11-25T15:00:00+08:00'), by: zhang, onTime: true } }) }),
      'ratings.forSubject': () => ({ ok: true, data: { request, rating: null } }),
    });
    render(<MyTicket />);
    await settle();
    fireEvent.click(screen.getByRole('link', { name: '请为这次服务评价' }));
    const Taro = (await import('@tarojs/taro')).default;
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/rate/index?subject=ticket%3Atk_1' });
  });

  it('shows no prompt once rated', async () => {
    __setRouterParams({ id: 'tk_1' });
    fakeGateway({
      'tickets.get': () => ({ ok: true, data: residentTicket({ id: 'tk_1', status: 'closed', closure: { result: '已答复', at: at('2026-11-25T15:00:00+08:00'), by: zhang, onTime: true } }) }),
      'ratings.forSubject': () => ({ ok: true, data: { request, rating: rating() } }),
    });
    render(<MyTicket />);
    await settle();
    expect(screen.getByText('办理结果')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '请为这次服务评价' })).toBeNull();
  });
});

describe('我的评价', () => {
  it('lists the matters waiting for a rating first, then the ratings given, each opening its rating page', async () => {
    fakeGateway({
      'ratings.pending': () => ({ ok: true, data: { items: [{ ...request, subject: { type: 'appointment', id: 'ap_1' }, subjectKey: 'appointment:ap_1', title: '预约·人民调解' }] } }),
      'ratings.mine': () => ({ ok: true, data: { items: [rating({ followUps: [{ text: '补充', at: at('2026-11-26T11:00:00+08:00') }] })] } }),
    });
    render(<MyRatings />);
    await settle();
    expect(screen.getByText('等您评价（1 件）')).toBeTruthy();
    const [wait, given] = screen.getAllByRole('link');
    expect(wait.getAttribute('aria-label')).toBe('预约·人民调解，11月25日（周三）办结，点此评价');
    expect(given.textContent).toContain('😞 不满意');
    expect(given.textContent).toContain('追加 1 条');
    fireEvent.click(wait);
    const Taro = (await import('@tarojs/taro')).default;
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/rate/index?subject=appointment%3Aap_1' });
  });
});

describe('the prompts on 我的预约', () => {
  it('asks only about finished appointments that wait for a rating', async () => {
    fakeGateway({
      'ratings.pending': () => ({ ok: true, data: { items: [
        request,
        { ...request, subject: { type: 'appointment', id: 'ap_1' }, subjectKey: 'appointment:ap_1', title: '预约·人民调解' },
      ] } }),
    });
    render(<PendingRatePrompts type='appointment' />);
    await settle();
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('aria-label'))).toEqual(['请为这次服务评价：预约·人民调解']);
  });
});
