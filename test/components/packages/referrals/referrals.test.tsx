import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import ReferPage from '../../../../src/packages/referrals/pages/refer/index';
import ReferralDetail from '../../../../src/packages/referrals/pages/detail/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';
import { me, referral, unitOn, unitsAnswer } from './fixtures';

atFixedTime();

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const box = (id: string) => document.getElementById(id)!;
const sent = (gw: { calls: { event: Record<string, unknown> }[] }, action: string) => gw.calls.filter((c) => c.event.action === action).map((c) => c.event);

describe('分流交办 sheet (refer)', () => {
  it('sends the three elements and the units with the lead, and shows the server\'s lead-unit refusal above the units', async () => {
    __setRouterParams({ ticketId: 'tk_000000000000000000000001' });
    let answer: unknown = { ok: false, error: { code: 'VALIDATION', message: '交办给多个单位时，请指定一个牵头单位', field: 'units' } };
    const gw = fakeGateway({ 'info.me': me(['staff']), 'referrals.units': unitsAnswer, 'referrals.refer': () => answer });
    render(<ReferPage />);
    await settle();
    fireEvent.click(screen.getByRole('checkbox', { name: '县人民法院西山法庭（示例），对口单位/职能部门' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '西山派出所（示例），对口单位/职能部门' }));
    expect(screen.getByRole('radio', { name: '设为牵头单位：县人民法院西山法庭（示例）' }).getAttribute('aria-checked')).toBe('true'); // the first chosen leads
    fireEvent.click(screen.getByRole('radio', { name: '设为牵头单位：西山派出所（示例）' }));
    type('交办内容（办什么事）', '请核实宅基地纠纷并组织调处');
    fireEvent.change(screen.getByLabelText('选择日期'), { target: { value: '2026-12-10' } });
    type('办理要求（完成质量、注意事项）', '依法调处，结果书面反馈');
    fireEvent.click(screen.getByRole('button', { name: '发出交办通知' }));
    await settle();
    expect(box('field-units').textContent).toContain('交办给多个单位时，请指定一个牵头单位');
    expect(sent(gw, 'refer')[0]).toMatchObject({
      ticketId: 'tk_000000000000000000000001', kind: 'referral', content: '请核实宅基地纠纷并组织调处', dueDate: '2026-12-10', requirements: '依法调处，结果书面反馈',
      units: [{ unitId: 'unit:court', lead: false }, { unitId: 'unit:police-station', lead: true }],
    });
    answer = { ok: true, data: { referral: { id: 'rf_9' } } };
    fireEvent.click(screen.getByRole('button', { name: '发出交办通知' }));
    await settle();
    const [first, second] = sent(gw, 'refer');
    expect(second.requestId).toBe(first.requestId); // the retry is the same request
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/referrals/pages/detail/index?id=rf_9' });
  });

  it.each([
    ['content', '请填写交办内容（办什么事）', 'field-content'],
    ['dueDate', '办理时限不能早于今天', 'field-dueDate'],
    ['requirements', '请填写办理要求（完成质量、注意事项）', 'field-requirements'],
  ])('shows a missing or wrong element (%s) at its own field by label', async (field, message, id) => {
    __setRouterParams({ ticketId: 'tk_000000000000000000000001' });
    fakeGateway({ 'info.me': me(['staff']), 'referrals.units': unitsAnswer, 'referrals.refer': () => ({ ok: false, error: { code: 'VALIDATION', message, field } }) });
    render(<ReferPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '发出交办通知' }));
    await settle();
    expect(box(id).textContent).toContain(message);
    expect(screen.queryByRole('alert', { name: undefined })?.textContent).toBe(message);
  });

  it('refers a legal-aid application: it names the application, offers only referral and forwarding, and sends applicationId', async () => {
    __setRouterParams({ applicationId: 'la_000000000000000000000001' });
    const gw = fakeGateway({ 'info.me': me(['staff']), 'referrals.units': unitsAnswer, 'referrals.refer': () => ({ ok: true, data: { referral: { id: 'rf_2' } } }) });
    render(<ReferPage />);
    await settle();
    expect(screen.getByText(/交办这份法律援助申请/)).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '请窗口作出说明' })).toBeNull();
    expect(screen.queryByRole('radio', { name: '重大投诉上报' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: '县法律援助中心（示例），对口单位/职能部门' }));
    type('交办内容（办什么事）', '请指派律师承办');
    fireEvent.change(screen.getByLabelText('选择日期'), { target: { value: '2026-12-10' } });
    type('办理要求（完成质量、注意事项）', '结果书面反馈');
    fireEvent.click(screen.getByRole('button', { name: '发出交办通知' }));
    await settle();
    const [event] = sent(gw, 'refer');
    expect(event).toMatchObject({ applicationId: 'la_000000000000000000000001', units: [{ unitId: 'unit:legal-aid-centre', lead: true }] });
    expect(event.ticketId).toBeUndefined();
  });
});

describe('交办事项 page', () => {
  beforeEach(() => __setRouterParams({ id: 'rf_1' }));

  it('shows the three elements, each unit with its 3-day answer window, and the way back to the matter', async () => {
    fakeGateway({ 'info.me': me(['staff']), 'referrals.get': () => ({ ok: true, data: { referral: referral({ units: [unitOn(), unitOn({ unitId: 'unit:police-station', name: '西山派出所（示例）', lead: false, state: 'declined', answer: { accept: false, reason: '不属于本所职责', at: Date.parse('2026-11-26T11:00:00+08:00'), by: { staffId: 'staff:demo-staff', name: '示例·张某' }, onBehalf: true } })] }) } }) });
    render(<ReferralDetail />);
    await settle();
    const elements = screen.getByRole('group', { name: '交办三要素' }).textContent!;
    for (const words of ['请核实宅基地纠纷并组织调处', '2026年12月10日前', '依法调处，注意保护当事人隐私，结果书面反馈']) expect(elements).toContain(words);
    expect(screen.getByText('县人民法院西山法庭（示例）（牵头单位）：待确认')).toBeTruthy();
    expect(screen.getByText('受理答复期限：11月30日（周一）17:00')).toBeTruthy();
    expect(screen.getByText(/✕ 不予受理，原因：不属于本所职责（示例·张某代为登记/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '来自来件：查看' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_000000000000000000000001' });
  });

  it('a liaison declines: the reason is required, the error goes as soon as they type, and the reason is sent', async () => {
    const declined = referral({ myUnitIds: ['unit:court'], status: 'declined', statusLabel: '承办单位不予受理', units: [unitOn({ state: 'declined', answer: { accept: false, reason: '不属于本庭管辖', at: Date.now(), by: { staffId: 'staff:liaison', name: '示例·法庭联络员' }, onBehalf: false } })] });
    const gw = fakeGateway({
      'info.me': me(['unitLiaison'], '示例·法庭联络员'),
      'referrals.get': () => ({ ok: true, data: { referral: referral({ myUnitIds: ['unit:court'] }) } }),
      'referrals.answer': () => ({ ok: true, data: { referral: declined } }),
    });
    render(<ReferralDetail />);
    await settle();
    expect(screen.queryByText(/代为登记/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '不予受理' }));
    fireEvent.click(screen.getByRole('button', { name: '确认不予受理' }));
    await settle();
    expect(box('field-reason').textContent).toContain('不予受理请写明原因');
    expect(sent(gw, 'answer')).toHaveLength(0); // nothing sent without a reason
    type('不予受理的原因', '不');
    expect(box('field-reason').textContent).not.toContain('不予受理请写明原因');
    type('不予受理的原因', '不属于本庭管辖');
    fireEvent.click(screen.getByRole('button', { name: '确认不予受理' }));
    await settle();
    expect(sent(gw, 'answer')[0]).toMatchObject({ id: 'rf_1', unitId: 'unit:court', accept: false, reason: '不属于本庭管辖' });
    expect(screen.getByText(/✕ 不予受理，原因：不属于本庭管辖/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认不予受理' })).toBeNull();
  });

  it('a liaison accepts with one tap; station staff answering for the unit are told it is recorded on its behalf', async () => {
    const gw = fakeGateway({ 'info.me': me(['staff']), 'referrals.get': () => ({ ok: true, data: { referral: referral() } }), 'referrals.answer': () => ({ ok: true, data: { referral: referral({ status: 'accepted', units: [unitOn({ state: 'accepted' })] }) } }) });
    render(<ReferralDetail />);
    await settle();
    expect(screen.getByText('代 县人民法院西山法庭（示例） 登记答复')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '受理' }));
    await settle();
    expect(sent(gw, 'answer')[0]).toMatchObject({ unitId: 'unit:court', accept: true });
    expect(sent(gw, 'answer')[0].reason).toBeUndefined();
  });

  it('the director re-dispatches to other units chosen from the registry, one leading; the units it is with are not offered; refusals show at the field', async () => {
    let answer: unknown = { ok: false, error: { code: 'VALIDATION', message: '「重新交办的原因」不能为空', field: 'reason' } };
    const gw = fakeGateway({
      'info.me': me(['staff', 'director'], '示例·主任'),
      'referrals.get': () => ({ ok: true, data: { referral: referral({ status: 'declined', statusLabel: '承办单位不予受理', units: [unitOn({ state: 'declined' })] }) } }),
      'referrals.units': unitsAnswer,
      'referrals.redispatch': () => answer,
    });
    render(<ReferralDetail />);
    await settle();
    const form = screen.getByRole('group', { name: '重新交办' });
    expect(form.textContent).not.toContain('县人民法院西山法庭（示例）'); // already on it
    fireEvent.click(screen.getByRole('button', { name: '重新交办' }));
    await settle();
    expect(box('field-units').textContent).toContain('请选择重新交办给哪个单位或窗口');
    expect(sent(gw, 'redispatch')).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: '人民调解窗口（示例），工作站窗口' }));
    expect(box('field-units').textContent).not.toContain('请选择重新交办给哪个单位或窗口');
    fireEvent.click(screen.getByRole('checkbox', { name: '西山派出所（示例），对口单位/职能部门' }));
    fireEvent.click(screen.getByRole('radio', { name: '设为牵头单位：西山派出所（示例）' }));
    fireEvent.click(screen.getByRole('button', { name: '重新交办' }));
    await settle();
    expect(box('field-reason').textContent).toContain('「重新交办的原因」不能为空');
    type('重新交办的原因', '法庭不予受理，改由派出所牵头、调解窗口配合');
    expect(box('field-reason').textContent).not.toContain('不能为空');
    answer = { ok: true, data: { referral: referral({ status: 'sent', units: [unitOn({ state: 'withdrawn' }), unitOn({ unitId: 'unit:police-station', name: '西山派出所（示例）', lead: true, round: undefined } as never)] }) } };
    fireEvent.click(screen.getByRole('button', { name: '重新交办' }));
    await settle();
    const calls = sent(gw, 'redispatch');
    expect(calls[1]).toMatchObject({ id: 'rf_1', reason: '法庭不予受理，改由派出所牵头、调解窗口配合', units: [{ unitId: 'unit:window-mediation', lead: false }, { unitId: 'unit:police-station', lead: true }] });
    expect(calls[1].requestId).toBe(calls[0].requestId);
    expect(screen.getByText('西山派出所（示例）（牵头单位）：待确认')).toBeTruthy();
  });

  it('station staff do not get the director\'s re-dispatch', async () => {
    fakeGateway({ 'info.me': me(['staff']), 'referrals.get': () => ({ ok: true, data: { referral: referral({ status: 'declined' }) } }), 'referrals.units': unitsAnswer });
    render(<ReferralDetail />);
    await settle();
    expect(screen.queryByRole('group', { name: '重新交办' })).toBeNull();
  });
});
