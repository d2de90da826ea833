import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __reset } from '../../doubles/taro';
import HomeVisitPage from '../../../../src/packages/booking/pages/home-visit/index';
import { fakeGateway } from '../../support/gateway';
import { NOW, appointment, resident, slotsResult } from './fixtures';
import { settle } from '../../support/clock';

beforeEach(() => {
  __reset();
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const NOT_ELIGIBLE = '按出生日期计算，老人现年 66 岁，未满七十岁。上门服务面向七十岁以上的老年人和重度残疾人。您可以到工作站办理，或拨打 0791-83280001 电话咨询。';

/** Fills the four screens for someone aged 70+ by their birth date. */
async function fillAge(birth: string) {
  render(<HomeVisitPage />);
  await settle();
  tap(/^年满七十岁/);
  if (birth) type('您的出生日期', birth);
  tap('下一步');
  type('上门地址', '西山镇西山村3组12号');
  type('联系电话', '13912345678');
  tap('下一步');
  await settle();
  tap(/^明天 10月10日/);
  tap(/^10月12日/);
  type('简单说说是什么事', '想立遗嘱，腿脚不便');
  tap('提交申请');
  await settle();
}

describe('home visit request', () => {
  it('checks the age at the birth-date step: under 70 is told at once with the big call button, before address or days are asked', async () => {
    const gw = fakeGateway({ 'info.me': resident, 'appointments.slots': () => slotsResult() });
    render(<HomeVisitPage />);
    await settle();
    tap(/^年满七十岁/);
    type('您的出生日期', '19600101');
    tap('下一步');
    await settle();
    expect(screen.queryByLabelText('上门地址')).toBeNull();
    expect(screen.getByText('请打电话联系工作站')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(NOT_ELIGIBLE);
    expect(gw.calls.some((c) => c.event.action === 'requestHomeVisit')).toBe(false);
    const call = screen.getByRole('button', { name: '拨打工作站电话（上门服务）：0791-83280001' });
    fireEvent.click(call);
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280001' });
  });

  it('still shows the server\'s explanation when the server refuses (e.g. the profile says under 70)', async () => {
    fakeGateway({
      'info.me': resident,
      'appointments.slots': () => slotsResult(),
      'appointments.requestHomeVisit': () => ({ ok: false, error: { code: 'NOT_ELIGIBLE', message: NOT_ELIGIBLE, field: 'birthDate' } }),
    });
    await fillAge('');
    expect(screen.getByText('请打电话联系工作站')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(NOT_ELIGIBLE);
  });

  it('shows both problems of the address step at once, scrolled to the first, and takes a landline with area code', async () => {
    fakeGateway({ 'info.me': resident, 'appointments.slots': () => slotsResult() });
    render(<HomeVisitPage />);
    await settle();
    tap(/^年满七十岁/);
    type('您的出生日期', '19510315');
    tap('下一步');
    type('联系电话', '0791832');
    tap('下一步');
    expect(document.getElementById('field-address')!.textContent).toContain('「上门地址」不能为空');
    expect(document.getElementById('field-phone')!.textContent).toContain('「联系电话」格式不对');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-address' }));
    type('上门地址', '西山镇西山村3组12号');
    type('联系电话', '079183280002');
    tap('下一步');
    await settle();
    expect(screen.getByText('哪几天方便？')).toBeTruthy();
  });

  it('offers the phone at once to someone who is neither 70+ nor severely disabled, without asking the server', async () => {
    const gw = fakeGateway({ 'info.me': resident, 'appointments.slots': () => slotsResult() });
    render(<HomeVisitPage />);
    await settle();
    tap(/^都不是/);
    expect(screen.getByText('请打电话联系工作站')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /0791-83280001/ }));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '079183280001' });
    expect(gw.calls.some((c) => c.event.action === 'requestHomeVisit')).toBe(false);
  });

  it('reads the typed birth date back with the age, and confirms the request with the days chosen', async () => {
    fakeGateway({
      'info.me': resident,
      'appointments.slots': () => slotsResult(),
      'appointments.requestHomeVisit': (e) => ({ ok: true, data: appointment({
        kind: 'homeVisit', service: 'homeVisit', serviceLabel: '上门服务', status: 'requested', statusLabel: '待答复', date: null, start: null, end: null,
        homeVisit: { basis: 'age70', age: 75, address: String(e.address), phone: String(e.phone), preferredDays: e.preferredDays as string[], description: String(e.description), answerDueAt: Date.parse('2026-10-12T10:00:00+08:00') },
      }) }),
    });
    render(<HomeVisitPage />);
    await settle();
    tap(/^年满七十岁/);
    type('您的出生日期', '19510315');
    expect(screen.getByText('即 1951年3月15日出生，今年 75 岁')).toBeTruthy();
    tap('下一步');
    type('上门地址', '西山镇西山村3组12号');
    type('联系电话', '13912345678');
    tap('下一步');
    await settle();
    tap(/^明天 10月10日/);
    type('简单说说是什么事', '想立遗嘱');
    tap('提交申请');
    await settle();
    expect(screen.getByText('✓ 申请已提交')).toBeTruthy();
    expect(screen.getByText('明天 10月10日（周六）')).toBeTruthy();
    expect(screen.getByText('工作人员会在 1 个工作日内（最晚 10月12日（周一） 10:00）打电话和您约定上门时间。')).toBeTruthy();
  });

  it('takes the resident back to the screen of the field the server names (a wrong phone number)', async () => {
    fakeGateway({
      'info.me': resident,
      'appointments.slots': () => slotsResult(),
      'appointments.requestHomeVisit': () => ({ ok: false, error: { code: 'VALIDATION', message: '「联系电话」格式不对：请填写 11 位手机号，或带区号的座机号（如 0791-83280001）', field: 'phone' } }),
    });
    await fillAge('19510315');
    expect(screen.getByText('到哪里上门？打哪个电话？')).toBeTruthy();
    expect(document.getElementById('field-phone')!.textContent).toContain('请填写 11 位手机号，或带区号的座机号');
  });
});
