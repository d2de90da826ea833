import { fireEvent, render, screen } from '@testing-library/react';
import { __reset, __setRouterParams } from '../../doubles/taro';
import StaffTicket from '../../../../src/packages/staff/pages/tickets/detail/index';
import StaffAppointmentsPage from '../../../../src/packages/staff/pages/appointments/index';
import type { Appointment, DayView } from '../../../../src/shared/appointments';
import { fakeGateway } from '../../support/gateway';
import { overview } from '../../support/fixtures';
import { staffTicket } from './tickets-fixtures';
import { settle } from '../../support/clock';

const staffMe = () => ({ ok: true, data: { kind: 'staff', name: '示例·张某', roles: ['staff'] } });
const ID = 'tk_000000000000000000000001';
const NOW = Date.parse('2026-11-26T11:00:00+08:00');

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
  __setRouterParams({ id: ID });
});
afterEach(() => jest.useRealTimers());

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const held = (phrase: string, field: string) => ({ ok: true, data: { sent: false, warnings: [{ phrase, field, category: 'taboo', suggestion: '「请稍等，我帮您问一下」' }] } });

describe('every staff text a resident reads gets the reply’s warn-and-confirm (issue 9 §3)', () => {
  it('办结: warns while typing, the server’s hold asks 「仍然发送？」, 返回修改 keeps the text, only 仍然发送 sends it confirmed', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.close': (e) => (e.confirmed ? { ok: true, data: { sent: true, ticket: staffTicket({ status: 'closed' }) } } : held('不知道', 'result')),
    });
    render(<StaffTicket />);
    await settle();
    tap('办结');
    fireEvent.change(screen.getByLabelText('办理结果'), { target: { value: '这个不知道' } });
    expect(screen.getByText('⚠ 注意：有服务忌语')).toBeTruthy();
    tap('确认办结');
    await settle();
    expect(screen.getByText('⚠ 居民会看到这些话，其中有服务忌语，还没有发出')).toBeTruthy();
    expect(screen.getByText(/服务忌语「不知道」→ 建议说/)).toBeTruthy();
    tap('返回修改');
    expect((screen.getByLabelText('办理结果') as HTMLTextAreaElement).value).toBe('这个不知道');
    tap('确认办结');
    await settle();
    tap('仍然发送');
    await settle();
    const closes = gw.calls.filter((c) => c.event.action === 'close').map((c) => c.event);
    expect(closes).toHaveLength(3);
    expect(closes[0].confirmed).toBeUndefined();
    expect(closes[2]).toEqual({ action: 'close', id: ID, result: '这个不知道', confirmed: true });
  });

  it('说明延期: a reason with 服务忌语 is held until confirmed', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.reportDelay': (e) => (e.confirmed ? { ok: true, data: { sent: true, ticket: staffTicket(), notified: true } } : held('没空', 'reason')),
    });
    render(<StaffTicket />);
    await settle();
    tap('更多办理');
    tap('说明延期');
    fireEvent.change(screen.getByLabelText('延期原因'), { target: { value: '最近没空' } });
    tap('告知延期');
    await settle();
    expect(screen.getByText(/服务忌语「没空」/)).toBeTruthy();
    tap('仍然发送');
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'reportDelay').map((c) => c.event.confirmed)).toEqual([undefined, true]);
  });

  it('一次性告知: a note with 服务忌语 is held until confirmed', async () => {
    const gw = fakeGateway({
      'info.me': staffMe, 'info.overview': () => overview(),
      'tickets.get': () => ({ ok: true, data: staffTicket() }),
      'tickets.issueNotice': (e) => (e.confirmed ? { ok: true, data: { sent: true, ticket: staffTicket(), notice: {} } } : held('自己看去', 'extra')),
    });
    render(<StaffTicket />);
    await settle();
    tap('更多办理');
    tap('一次性告知（办事指南）');
    fireEvent.click(screen.getAllByRole('radio')[0]);
    fireEvent.change(screen.getByLabelText('补充说明（可不填）'), { target: { value: '材料自己看去' } });
    tap('发出书面告知');
    await settle();
    expect(screen.getByText(/服务忌语「自己看去」/)).toBeTruthy();
    tap('仍然发送');
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'issueNotice').map((c) => c.event.confirmed)).toEqual([undefined, true]);
  });

  it('上门服务: a proposal’s reason with 服务忌语 is held until confirmed', async () => {
    const request: Appointment = {
      createdAt: NOW, updatedAt: NOW, openid: 'demo-resident', id: 'hv-1', kind: 'homeVisit', status: 'requested', statusLabel: '待答复',
      service: 'homeVisit', serviceLabel: '上门服务', date: null, start: null, end: null,
      homeVisit: { basis: 'age70', age: 75, address: '西山镇西山村3组12号', phone: '13912345678', preferredDays: ['2026-11-27'], description: '想立遗嘱', answerDueAt: NOW + 86_400_000 },
    };
    const day = (date: string): { ok: true; data: DayView } => ({ ok: true, data: { date, working: true, slots: [], bookings: [], homeVisits: [], absences: [] } });
    const gw = fakeGateway({
      'info.me': staffMe, 'appointments.day': (e) => day(String(e.date)), 'appointments.homeVisits': () => ({ ok: true, data: { items: [request] } }),
      'appointments.proposeHomeVisit': (e) => (e.confirmed ? { ok: true, data: { ...request, status: 'proposed', statusLabel: '待您确认' } } : held('没空', 'note')),
    });
    render(<StaffAppointmentsPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /^时间待定 上门服务/ }));
    tap('建议其他时间');
    tap('时间 10:00');
    fireEvent.change(screen.getByLabelText('建议的原因'), { target: { value: '那天没空' } });
    expect(screen.getByText('⚠ 注意：有服务忌语')).toBeTruthy();
    tap('建议这个时间');
    await settle();
    expect(screen.getByText('仍然发送？')).toBeTruthy();
    tap('仍然发送');
    await settle();
    const sent = gw.calls.filter((c) => c.event.action === 'proposeHomeVisit').map((c) => c.event);
    expect(sent.map((e) => e.confirmed)).toEqual([undefined, true]);
    expect(sent[1]).toMatchObject({ note: '那天没空', date: '2026-11-27', time: '10:00' });
  });
});
