import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import QueuePage from '../../../../src/packages/staff/pages/legal-aid/index';
import DetailPage from '../../../../src/packages/staff/pages/legal-aid/detail/index';
import RosterPage from '../../../../src/packages/staff/pages/legal-aid/roster/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';
import { at, legalAidView } from '../legal-aid/fixtures';

atFixedTime();

const staff = () => ({ ok: true, data: { kind: 'staff', name: '示例·孙某', roles: ['staff'] } });
const director = () => ({ ok: true, data: { kind: 'staff', name: '示例·刘某', roles: ['staff', 'director'] } });
const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, status: 'applied', statusLabel: '已申请，待受理', greenChannel: false, urgent: false, applicantName: '李某', matterKind: 'wages',
  receivedAt: at('2026-11-26 09:00'), dueAt: at('2026-12-03 17:00'), duePurpose: 'legalAid.decide', overdue: false, provisional: false, worker: null, ...extra,
});
const steps = (done: Partial<Record<'accept' | 'decide' | 'assign' | 'firstAid', boolean>>, overdue = false) =>
  Object.fromEntries((['accept', 'decide', 'assign', 'firstAid'] as const).map((s) => [s, { done: Boolean(done[s]), dueAt: at('2026-11-26 17:00'), overdue: !done[s] && overdue }]));

describe('the staff legal-aid queue', () => {
  it('shows the same-day board and the queue with the green channel marked in words, due times and overdue in words', async () => {
    const gw = fakeGateway({
      'info.me': staff,
      'legalAid.queue': () => ({ ok: true, data: { items: [row('la_g', { greenChannel: true, applicantName: '陈大爷', dueAt: at('2026-11-26 17:00'), duePurpose: 'legalAid.accept' }), row('la_o', { overdue: true })], next: null, serverNow: 0 } }),
      'legalAid.board': () => ({ ok: true, data: { date: '2026-11-26', serverNow: 0, items: [{ id: 'la_g', applicantName: '陈大爷', status: 'accepted', receivedAt: 0, steps: steps({ accept: true }, true) }] } }),
    });
    render(<QueuePage />);
    await settle();
    expect(screen.getByText('今天的绿色通道（1 件）')).toBeTruthy();
    expect(screen.getByText('✓ 受理')).toBeTruthy();
    expect(screen.getByText('✕ 超时 审批')).toBeTruthy();
    expect(screen.getByText('法律援助受理：11月26日（周四）17:00前')).toBeTruthy();
    expect(screen.getByText('已超期')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '只看绿色通道' }));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'queue').pop()!.event).toMatchObject({ green: true });
  });
});

describe('materials owed (issue 11: materials.lateAt in words)', () => {
  it('says in the queue row by when the materials are owed and that they are late, with a tag in words', async () => {
    fakeGateway({
      'info.me': staff,
      'legalAid.queue': () => ({ ok: true, data: { items: [
        row('la_late', { urgent: true, applicantName: '王某', materials: { dueDate: '2026-11-25', dueAt: at('2026-11-25 17:00'), suppliedAt: null, lateAt: at('2026-11-25 17:05'), later: true } }),
        row('la_owed', { applicantName: '赵某', status: 'materialsRequested', statusLabel: '待补充材料', materials: { dueDate: '2026-11-30', dueAt: at('2026-11-30 17:00'), suppliedAt: null, lateAt: null, later: false } }),
      ], next: null, serverNow: 0 } }),
      'legalAid.board': () => ({ ok: true, data: { date: '2026-11-26', serverNow: 0, items: [] } }),
    });
    render(<QueuePage />);
    await settle();
    expect(screen.getByText('✕ 补充材料：应于11月25日（周三）17:00前补齐，已逾期未补（11月25日（周三）17:05 记录逾期）')).toBeTruthy();
    expect(screen.getByText('材料逾期')).toBeTruthy();
    expect(screen.getByText('○ 补充材料：11月30日（周一）17:00前补齐，还没到期')).toBeTruthy();
  });

  it('shows on the application sheet what was asked, by when, and that it came in late', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    fakeGateway({
      'info.me': director,
      'legalAid.get': () => ({ ok: true, data: { application: legalAidView({
        status: 'aiding', statusLabel: '援助中', urgent: true, urgentReason: '上诉期将满',
        materials: { items: ['劳动合同复印件'], dueDate: '2026-11-24', dueAt: at('2026-11-24 17:00'), note: null, requestedAt: at('2026-11-20 10:00'), suppliedAt: at('2026-11-25 09:30'), later: true, lateAt: at('2026-11-24 17:05') },
      }) } }),
    });
    render(<DetailPage />);
    await settle();
    expect(screen.getByRole('heading', { name: '补充材料（一次性告知）' })).toBeTruthy();
    expect(screen.getByText('☑ 劳动合同复印件')).toBeTruthy();
    expect(screen.getByText('✓ 补充材料：应于11月24日（周二）17:00前补齐，11月25日（周三）09:30逾期后补齐（11月24日（周二）17:05 记录逾期）')).toBeTruthy();
    expect(screen.getByText(/由主任决定是否依第四十八条书面终止/)).toBeTruthy();
  });
});

describe('one application at the window', () => {
  it('shows a colleague the id number masked and only the steps they may take', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    fakeGateway({
      'info.me': staff,
      'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ applicant: { name: '陈大爷', phone: '13812345678', idNumber: '360***********0019', birthDate: null }, idNumberMasked: true, can: { accept: true, requestMaterials: true } }) } }),
    });
    render(<DetailPage />);
    await settle();
    expect(screen.getByText('身份证号：360***********0019（非经办人不显示全部）')).toBeTruthy();
    expect(screen.getByText('受理（出具受理回执）')).toBeTruthy();
    expect(screen.queryByText('给予法律援助')).toBeNull();
    expect(screen.getByText((_, el) => el?.textContent === '法律援助受理：11月26日（周四）17:00前　○ 进行中')).toBeTruthy();
  });

  it("gives the director the decision sheet and shows the server's refusal of a 不予 without a reason", async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    const gw = fakeGateway({
      'info.me': director,
      'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ status: 'accepted', statusLabel: '已受理，待审批', can: { grant: true, deny: true } }) } }),
      'legalAid.decide': (e) => (e.reason ? { ok: true, data: { application: legalAidView({ status: 'denied', statusLabel: '不予法律援助' }) } } : { ok: false, error: { code: 'VALIDATION', message: '「不予法律援助的理由」不能为空：不予援助必须书面说明理由', field: 'reason' } }),
    });
    render(<DetailPage />);
    await settle();
    fireEvent.click(screen.getByText('不予法律援助'));
    await settle();
    expect(screen.getByText(/不予援助必须书面说明理由/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('不予法律援助的理由（不予时必填）'), { target: { value: '不属于法律援助范围' } });
    fireEvent.click(screen.getByText('不予法律援助'));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'decide').pop()!.event).toMatchObject({ grant: false, reason: '不属于法律援助范围' });
    expect(screen.getByText('不予法律援助', { selector: '.la-state' })).toBeTruthy();
  });

  it('lists the roster with each worker’s load and lets the director add one', async () => {
    const gw = fakeGateway({
      'info.me': director,
      'legalAid.roster': () => ({ ok: true, data: { items: [{ id: 'law_1', name: '王律师', organisation: '某律所', kind: 'lawyer', phone: '13800000009', staffId: null, active: true, load: 2 }] } }),
      'legalAid.saveWorker': (e) => ({ ok: true, data: { worker: { id: 'law_2', name: e.name, organisation: e.organisation, kind: e.kind, phone: e.phone, staffId: null, active: true, load: 0 } } }),
    });
    render(<RosterPage />);
    await settle();
    expect(screen.getByText('某律所 · 在办 2 件')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '赵某' } });
    fireEvent.change(screen.getByLabelText('所在单位'), { target: { value: '西山法律服务所' } });
    fireEvent.change(screen.getByLabelText('联系电话'), { target: { value: '13600003333' } });
    fireEvent.click(screen.getByRole('button', { name: '加入名册' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'saveWorker')!.event).toMatchObject({ name: '赵某', kind: 'lawyer' });
    expect(screen.getByText('已加入名册：赵某')).toBeTruthy();
  });
});

describe('分流交办 from the application sheet (issue 13)', () => {
  const summary = {
    id: 'rf_1', kind: 'referral', ticketId: null, applicationId: 'la_0123456789abcdef01234567', status: 'accepted', statusLabel: '已受理', content: '请指派律师', dueDate: '2026-12-10',
    units: [{ unitId: 'unit:legal-aid-centre', name: '县法律援助中心（示例）', lead: true, state: 'accepted', acceptBy: at('2026-11-30 17:00') }], nextAnswerBy: null, createdAt: at('2026-11-26 10:00'),
  };
  it('lists the referrals made from it, opens one, and opens the refer sheet for this application', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    const gw = fakeGateway({
      'info.me': staff,
      'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ status: 'accepted', statusLabel: '已受理，待审批', can: {} }) } }),
      'referrals.list': () => ({ ok: true, data: { items: [summary] } }),
    });
    render(<DetailPage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'list')!.event).toMatchObject({ applicationId: 'la_0123456789abcdef01234567' });
    fireEvent.click(screen.getByRole('link', { name: '分流交办：县法律援助中心（示例），已受理，查看' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/referrals/pages/detail/index?id=rf_1' });
    fireEvent.click(screen.getByRole('button', { name: '交给其他单位办理（如县法律援助中心）' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/referrals/pages/refer/index?applicationId=la_0123456789abcdef01234567' });
  });

  it('is not offered to a legal-aid worker, nor on a closed case', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    const worker = () => ({ ok: true, data: { kind: 'staff', name: '示例·王律师', roles: ['legalAidWorker'] } });
    fakeGateway({ 'info.me': worker, 'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ status: 'aiding', can: {} }) } }) });
    const { unmount } = render(<DetailPage />);
    await settle();
    expect(screen.queryByText('分流交办')).toBeNull();
    unmount();
    fakeGateway({ 'info.me': staff, 'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ status: 'closed', can: {} }) } }), 'referrals.list': () => ({ ok: true, data: { items: [] } }) });
    render(<DetailPage />);
    await settle();
    expect(screen.getByText('还没有交办。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '交给其他单位办理（如县法律援助中心）' })).toBeNull();
  });
});
