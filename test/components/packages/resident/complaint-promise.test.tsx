import { fireEvent, render, screen } from '@testing-library/react';
import ComplaintPage from '../../../../src/packages/resident/pages/complaint/index';
import { fakeGateway } from '../../support/gateway';
import { residentTicket } from '../staff/tickets-fixtures';
import { atFixedTime, settle } from '../../support/clock';

const resident = () => ({ ok: true, data: { kind: 'resident', name: '示例·陈大爷' } });

atFixedTime('2026-12-28T10:00:00+08:00');

async function fileComplaint() {
  const receivedAt = Date.parse('2026-12-28T10:00:00+08:00');
  fakeGateway({ 'info.me': resident, 'tickets.submit': () => ({ ok: true, data: { ticket: residentTicket({ status: 'received', createdAt: receivedAt, timeline: [] }) } }) });
  render(<ComplaintPage />);
  await settle();
  fireEvent.change(screen.getByLabelText('1. 发生了什么事？'), { target: { value: '窗口让我跑了三趟' } });
  fireEvent.click(screen.getByRole('radio', { name: /没有一次说清楚/ }));
  fireEvent.change(screen.getByLabelText('您的电话'), { target: { value: '13912345678' } });
  fireEvent.click(screen.getByText('提交投诉'));
  await settle();
}

describe('the complaint page\'s answer date', () => {
  it('promises 5 working days from the day received, skipping 2027-01-01 (元旦 by law before the notice)', async () => {
    await fileComplaint();
    expect(screen.getByText('按今天收到计算，最晚 1月5日（周二）前答复您')).toBeTruthy();
  });

  it('says the 2027 holiday arrangement is not yet published beside a date in 2027', async () => {
    await fileComplaint();
    expect(screen.getByText('（2027年节假日安排尚未公布，日期可能调整）')).toBeTruthy();
  });

  it('says the promise counts from receipt, not from acceptance', async () => {
    fakeGateway({ 'info.me': resident });
    render(<ComplaintPage />);
    await settle();
    expect(screen.getByText(/收到后 5 个工作日内答复您（收到当天不算）/)).toBeTruthy();
  });
});
