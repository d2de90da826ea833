import { act, render, screen } from '@testing-library/react';
import { __reset } from '../../doubles/taro';
import StaffInbox from '../../../../src/packages/staff/pages/inbox/index';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { inboxItem, staffMe } from '../../support/inbox-fixtures';

const MONDAY_9 = Date.parse('2026-11-30T09:00:00+08:00');

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(MONDAY_9);
});
afterEach(() => jest.useRealTimers());

it('shows an answered home-visit request as 「✓ 已办理」 among other messages, never under 「已超期」', async () => {
  const answered = inboxItem({ id: 'hv', title: '新的上门服务申请', purpose: 'homeVisitRequested', body: '示例·陈大爷申请上门服务。请在 1 个工作日内答复。', dueAt: null, overdue: false, settled: true });
  fakeGateway({ 'info.me': staffMe, 'info.overview': () => overview([], MONDAY_9), 'inbox.list': () => ({ ok: true, data: { items: [answered] } }) });
  render(<StaffInbox />);
  await act(async () => { await jest.advanceTimersByTimeAsync(2000); });
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['其他消息（1）']);
  expect(screen.getByText('✓ 已办理')).toBeTruthy();
  expect(document.querySelector('.msg')!.textContent).not.toContain('已超期');
  expect(document.querySelector('.msg--overdue')).toBeNull();
});
