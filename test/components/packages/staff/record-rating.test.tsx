import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import RecordRatingPage from '../../../../src/packages/staff/pages/record-rating/index';
import type { RatingView } from '../../../../src/shared/ratings';
import { fakeGateway } from '../../support/gateway';
import { at, row } from './tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const me = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });
const zhang = { staffId: 'staff:1', name: '示例·张某' };
const rated = (over: Partial<RatingView>): RatingView => ({
  id: 'rt_1', subject: { type: 'ticket', id: 'tk_9' }, subjectKey: 'ticket:tk_9', title: '法律咨询', level: 'basic', aspects: [], comment: null,
  source: 'windowDevice', recordedBy: zhang, selfRecorded: false, at: at('2026-11-26T10:00:00+08:00'), followUps: [], callbackOwed: true, ...over,
});

atFixedTime();


describe('登记窗口或电话评价', () => {
  it('picks a closed ticket, the source and the level, records it and opens the callback it created', async () => {
    const gw = fakeGateway({
      'info.me': me,
      'tickets.inbox': () => ({ ok: true, data: { next: null, serverNow: 0, items: [row({ id: 'tk_9', type: 'consultation', status: 'closed', preview: '宅基地怎么办证' })] } }),
      'ratings.recordRating': (e) => ({ ok: true, data: { rating: rated({ level: e.level as 'basic', source: e.source as 'windowDevice' }), callbackTaskId: 'cb:ticket:tk_9' } }),
    });
    render(<RecordRatingPage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'inbox')!.event).toEqual({ action: 'inbox', status: 'closed', limit: 30 });
    fireEvent.click(screen.getByRole('button', { name: '登记评价' }));
    await settle();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('请先选是哪件事');
    fireEvent.click(screen.getByRole('radio', { name: /^法律咨询：宅基地怎么办证/ }));
    fireEvent.click(screen.getByRole('radio', { name: '2. 评价来源：窗口评价器' }));
    fireEvent.click(screen.getByRole('radio', { name: '基本满意' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '服务态度' }));
    fireEvent.click(screen.getByRole('button', { name: '登记评价' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'recordRating')!.event).toEqual({
      action: 'recordRating', subject: { type: 'ticket', id: 'tk_9' }, source: 'windowDevice', level: 'basic', aspects: ['attitude'],
    });
    expect(screen.getByText('✓ 已登记评价')).toBeTruthy();
    expect(screen.getByText('来源：窗口评价器')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '打开这个回访任务' }));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/callbacks/detail/index?id=cb%3Aticket%3Atk_9' });
  });

  it('leaves out tickets a resident rates in the mini-program themselves', async () => {
    fakeGateway({
      'info.me': me,
      'tickets.inbox': () => ({ ok: true, data: { next: null, serverNow: 0, items: [
        row({ id: 'tk_9', type: 'consultation', status: 'closed', preview: '宅基地怎么办证' }),
        row({ id: 'tk_8', type: 'consultation', status: 'closed', preview: '线上问的继承', ownerRates: true }),
      ] } }),
    });
    render(<RecordRatingPage />);
    await settle();
    expect(screen.getByRole('radio', { name: /^法律咨询：宅基地怎么办证/ })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /线上问的继承/ })).toBeNull();
    expect(screen.getByText('线上提交的事项由居民在小程序里自己评价，这里不列出。')).toBeTruthy();
  });

  it('says a rating recorded for one\'s own service is marked 本人登记', async () => {
    fakeGateway({
      'info.me': me,
      'tickets.inbox': () => ({ ok: true, data: { next: null, serverNow: 0, items: [row({ id: 'tk_9', type: 'consultation', status: 'closed', preview: '宅基地怎么办证' })] } }),
      'ratings.recordRating': () => ({ ok: true, data: { rating: rated({ level: 'satisfied', selfRecorded: true, callbackOwed: false }), callbackTaskId: null } }),
    });
    render(<RecordRatingPage />);
    await settle();
    fireEvent.click(screen.getByRole('radio', { name: /^法律咨询：宅基地怎么办证/ }));
    fireEvent.click(screen.getByRole('radio', { name: '2. 评价来源：窗口评价器' }));
    fireEvent.click(screen.getByRole('radio', { name: '满意' }));
    fireEvent.click(screen.getByRole('button', { name: '登记评价' }));
    await settle();
    expect(screen.getByText('这件事由您本人经办，这条评价标为「本人登记」，在月度统计中单独计数。')).toBeTruthy();
  });

  it('takes the item from ?subject= and shows the server’s CONFLICT when it was rated already', async () => {
    __setRouterParams({ subject: 'ticket%3Atk_9' });
    const gw = fakeGateway({
      'info.me': me,
      'ratings.recordRating': () => ({ ok: false, error: { code: 'CONFLICT', message: '这项服务已经评价过了' } }),
    });
    render(<RecordRatingPage />);
    await settle();
    expect(gw.calls.some((c) => c.event.action === 'inbox')).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: '评价来源：电话' }));
    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    fireEvent.click(screen.getByRole('button', { name: '登记评价' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'recordRating')!.event).toMatchObject({ subject: { type: 'ticket', id: 'tk_9' }, source: 'phone', level: 'unsatisfied' });
    expect(screen.getByRole('alert').textContent).toBe('这项服务已经评价过了');
  });
});
