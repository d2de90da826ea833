import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import BookPage from '../../../../src/packages/booking/pages/book/index';
import { fakeGateway } from '../../support/gateway';
import { NOW, appointment, resident, services, slot, slotsResult } from './fixtures';
import { settle } from '../../support/clock';

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

async function openOnDays() {
  render(<BookPage />);
  await settle();
  tap(/^法律咨询/);
  await settle();
}

describe('booking an office visit: the day picker', () => {
  it('names today and the 调休 Saturday, says 「已约满」 in words for a full day and leaves out a day without slots', async () => {
    fakeGateway({ 'info.me': resident, 'appointments.services': services, 'appointments.slots': () => slotsResult() });
    await openOnDays();
    expect(screen.getByText('哪一天来？')).toBeTruthy();
    expect(screen.getByRole('button', { name: '今天 10月9日（周五），还有 3 个空位' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '明天 10月10日（周六），调休上班日 · 还有 4 个空位' })).toBeTruthy();
    const full = screen.getByRole('button', { name: '10月12日（周一），已约满' });
    expect(full.getAttribute('aria-disabled')).toBe('true');
    expect(full.textContent).toContain('已约满');
    expect(screen.queryByText(/10月13日/)).toBeNull();
    fireEvent.click(full);
    expect(screen.getByText('哪一天来？')).toBeTruthy();
  });

  it('offers the 调休 Saturday\'s morning and afternoon slots under 上午 and 下午', async () => {
    fakeGateway({ 'info.me': resident, 'appointments.services': services, 'appointments.slots': () => slotsResult() });
    await openOnDays();
    tap(/^明天 10月10日/);
    await settle();
    expect(screen.getByText('几点来？')).toBeTruthy();
    expect(screen.getByText('上午')).toBeTruthy();
    expect(screen.getByText('下午')).toBeTruthy();
    expect(screen.getByRole('button', { name: '9:00–9:30，还有 2 个空位' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '13:30–14:00，还有 2 个空位' })).toBeTruthy();
  });
});

describe('booking an office visit: confirm', () => {
  it('goes back to the times with fresh counts and says why when the slot was taken meanwhile (SLOT_FULL)', async () => {
    let slotsCalls = 0;
    const gw = fakeGateway({
      'info.me': resident,
      'appointments.services': services,
      'appointments.slots': () => (++slotsCalls === 1 ? slotsResult() : slotsResult({ todayAfternoon: [slot('14:00', '14:30', 0), slot('14:30', '15:00', 2)] })),
      'appointments.book': (e) => (e.start === '14:00'
        ? { ok: false, error: { code: 'SLOT_FULL', message: '该时段已约满，请选择其他时间' } }
        : { ok: true, data: appointment({ start: '14:30', end: '15:00' }) }),
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:00–14:30，还有 1 个空位');
    await settle();
    expect(screen.getByText('请核对预约')).toBeTruthy();
    expect((screen.getByLabelText('您的姓名') as HTMLInputElement).value).toBe('陈大爷');
    tap('确认预约');
    await settle();

    expect(screen.getByText('几点来？')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('该时段已约满，请选择其他时间');
    expect(screen.getByRole('button', { name: '14:00–14:30，已约满' }).getAttribute('aria-disabled')).toBe('true');
    expect(slotsCalls).toBe(2);

    tap('14:30–15:00，还有 2 个空位');
    await settle();
    tap('确认预约');
    await settle();
    expect(screen.getByText('✓ 预约成功')).toBeTruthy();
    expect(screen.getByText('14:30–15:00')).toBeTruthy();
    const books = gw.calls.filter((c) => c.event.action === 'book').map((c) => c.event);
    expect(books).toHaveLength(2);
    expect(books[1]).toMatchObject({ service: 'consultation', date: '2026-10-09', start: '14:30' });
    expect(books[1].requestId).not.toBe(books[0].requestId);
  });

  it('sends the same request id again when the resident taps 确认预约 once more after a network failure', async () => {
    let bookCalls = 0;
    const gw = fakeGateway({
      'info.me': resident,
      'appointments.services': services,
      'appointments.slots': () => slotsResult(),
      'appointments.book': () => {
        bookCalls += 1;
        if (bookCalls <= 2) throw new TypeError('Failed to fetch');
        return { ok: true, data: appointment() };
      },
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    tap('确认预约');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('网络不太好，请稍后重试');
    tap('确认预约');
    await settle();
    expect(screen.getByText('✓ 预约成功')).toBeTruthy();
    const ids = gw.calls.filter((c) => c.event.action === 'book').map((c) => c.event.requestId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(String(ids[0])).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('records who books for whom when a family member books for an elder', async () => {
    const gw = fakeGateway({
      'info.me': resident,
      'appointments.services': services,
      'appointments.slots': () => slotsResult(),
      'appointments.book': () => ({ ok: true, data: appointment({ forWhom: { name: '王秀英', relation: '母亲', phone: '13900001111' } }) }),
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    tap('替家人预约');
    fireEvent.change(screen.getByLabelText('家人姓名'), { target: { value: '王秀英' } });
    fireEvent.change(screen.getByLabelText('家人是您的'), { target: { value: '母亲' } });
    fireEvent.change(screen.getByLabelText('家人的电话'), { target: { value: '13900001111' } });
    tap('确认预约');
    await settle();
    const bookCall = gw.calls.find((c) => c.event.action === 'book')!;
    expect(bookCall.event.forWhom).toEqual({ name: '王秀英', relation: '母亲', phone: '13900001111' });
    expect(screen.getByText('已为母亲王秀英预约。请按时到工作站，带上身份证。')).toBeTruthy();
  });

  it('sends the booker\'s name and the phone they add, and prefills that phone next time', async () => {
    const gw = fakeGateway({
      'info.me': resident,
      'appointments.services': services,
      'appointments.slots': () => slotsResult(),
      'appointments.book': () => ({ ok: true, data: appointment({ booker: { name: '陈大爷', phone: '13912345678' } }) }),
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    expect((screen.getByLabelText('您的电话（可以不填）') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('您的电话（可以不填）'), { target: { value: '13912345678' } });
    tap('确认预约');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'book')!.event.booker).toEqual({ name: '陈大爷', phone: '13912345678' });

    cleanup();
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    expect((screen.getByLabelText('您的电话（可以不填）') as HTMLInputElement).value).toBe('13912345678');
  });

  it('sends no phone when the booker leaves it empty', async () => {
    const gw = fakeGateway({
      'info.me': resident, 'appointments.services': services, 'appointments.slots': () => slotsResult(),
      'appointments.book': () => ({ ok: true, data: appointment() }),
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    tap('确认预约');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'book')!.event.booker).toEqual({ name: '陈大爷' });
  });
  it('checks the family member and the booker phone at once (labels on the page), scrolls to the first, and takes a landline', async () => {
    const gw = fakeGateway({
      'info.me': resident, 'appointments.services': services, 'appointments.slots': () => slotsResult(),
      'appointments.book': () => ({ ok: true, data: appointment() }),
    });
    await openOnDays();
    tap(/^今天 10月9日/);
    await settle();
    tap('14:30–15:00，还有 2 个空位');
    await settle();
    tap('替家人预约');
    fireEvent.change(screen.getByLabelText('家人的电话'), { target: { value: '0791832' } });
    fireEvent.change(screen.getByLabelText('您的电话（可以不填）'), { target: { value: '8328' } });
    tap('确认预约');
    await settle();
    expect(document.getElementById('field-forWhom-name')!.textContent).toContain('「家人姓名」不能为空');
    expect(document.getElementById('field-forWhom-relation')!.textContent).toContain('「家人是您的」不能为空');
    expect(document.getElementById('field-forWhom-phone')!.textContent).toContain('「家人的电话」格式不对');
    expect(document.getElementById('field-booker-phone')!.textContent).toContain('「您的电话」格式不对');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-forWhom-name' }));
    expect(gw.calls.some((c) => c.event.action === 'book')).toBe(false);
    fireEvent.change(screen.getByLabelText('家人姓名'), { target: { value: '王秀英' } });
    fireEvent.change(screen.getByLabelText('家人是您的'), { target: { value: '母亲' } });
    fireEvent.change(screen.getByLabelText('家人的电话'), { target: { value: '079183280002' } });
    fireEvent.change(screen.getByLabelText('您的电话（可以不填）'), { target: { value: '' } });
    tap('确认预约');
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'book')!.event.forWhom).toEqual({ name: '王秀英', relation: '母亲', phone: '079183280002' });
  });
});
