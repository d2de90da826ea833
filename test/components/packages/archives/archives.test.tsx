import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import VolumesPage from '../../../../src/packages/archives/pages/volumes/index';
import VolumePage from '../../../../src/packages/archives/pages/volume/index';
import { __setRouterParams } from '../../doubles/taro';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';

atFixedTime();

const me = (roles: string[]) => () => ({ ok: true, data: { kind: 'staff', name: '示例·吴某', roles } });
const volume = (over: Record<string, unknown> = {}) => ({
  id: 'vol:consultation:2026-10', archiveCode: 'X001-WS·2026-D10-ZX-0001～0003', category: 'consultation', categoryLabel: '法律咨询类',
  title: '2026年10月 法律咨询（来访、来电）登记', period: '2026-10', fonds: 'X001', retention: 'D10', retentionLabel: '定期10年', retentionEndsOn: '2036-12-31',
  itemCount: 3, handlerId: 'staff:demo-admin', status: 'handedIn', statusLabel: '待审查', history: [{ step: 'build', at: 0, by: '示例·赵某' }], steps: ['pass', 'return'], ...over,
});
const item = { id: 'i1', itemNo: 1, archiveCode: 'X001-WS·2026-D10-ZX-0001', subject: 'ticket:tk_1', title: '法律咨询（现场来访）', date: '2026-10-09', contact: { name: '陈大爷', phone: '13812345678' }, summary: '咨询赡养费' };

describe('the archive pages', () => {
  it('turns away window staff with the reason', async () => {
    fakeGateway({ 'info.me': me(['staff']) });
    render(<VolumesPage />);
    await settle();
    expect(screen.getByText('档案只有档案管理人员、工作站主任和平台管理人员可以查看。')).toBeTruthy();
  });

  it('builds last month’s consultation volume and says its code and count, listing it to review', async () => {
    let built = false;
    const gw = fakeGateway({
      'info.me': me(['archivist']),
      'archives.volumes': () => ({ ok: true, data: { volumes: built ? [volume()] : [] } }),
      'archives.buildMonthlyVolume': () => { built = true; return { ok: true, data: { volume: volume() } }; },
    });
    render(<VolumesPage />);
    await settle();
    expect(screen.getByText('还没有案卷。每月第一周请生成上月的咨询卷。')).toBeTruthy();
    fireEvent.click(screen.getByText('生成 2026-10 咨询卷'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'buildMonthlyVolume')!.event).toEqual({ action: 'buildMonthlyVolume', month: '2026-10' });
    expect(screen.getByText('已生成 2026年10月 的咨询卷：共 3 件，档号 X001-WS·2026-D10-ZX-0001～0003。请打开核对。')).toBeTruthy();
    expect(screen.getByText('待我办理（1）')).toBeTruthy();
    expect(screen.getAllByText(/状态：待审查/)).toHaveLength(2);
  });

  it('lets the archivist return a volume with what is missing, showing the server’s refusal when nothing is written', async () => {
    __setRouterParams({ id: encodeURIComponent('vol:consultation:2026-10') });
    const gw = fakeGateway({
      'info.me': me(['archivist']),
      'archives.volume': () => ({ ok: true, data: { volume: volume(), items: [item] } }),
      'archives.step': (e) => (e.note ? { ok: true, data: { volume: volume({ status: 'returned' }) } } : { ok: false, error: { code: 'VALIDATION', message: '请写明需要补正的内容', field: 'note' } }),
    });
    render(<VolumePage />);
    await settle();
    expect(screen.getByText('2026-10-09 法律咨询（现场来访） · 陈大爷')).toBeTruthy();
    fireEvent.click(screen.getByText('退回补正'));
    await settle();
    expect(screen.getByText('请写明需要补正的内容')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('说明'), { target: { value: '缺当事人签名' } });
    fireEvent.click(screen.getByText('退回补正'));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'step').map((c) => c.event.note)).toEqual([undefined, '缺当事人签名']);
    expect(screen.getByText('已办理，记入案卷历史。')).toBeTruthy();
  });

  it('reads a filed volume only after a purpose is registered', async () => {
    __setRouterParams({ id: encodeURIComponent('vol:consultation:2026-10') });
    const gw = fakeGateway({
      'info.me': me(['staff', 'director']),
      'archives.volume': () => ({ ok: true, data: { volume: volume({ status: 'filed', statusLabel: '已归档', steps: [] }) } }),
      'archives.lookup': () => ({ ok: true, data: { volume: volume({ status: 'filed' }), items: [item] } }),
    });
    render(<VolumePage />);
    await settle();
    expect(screen.queryByText(/陈大爷/)).toBeNull();
    fireEvent.change(screen.getByLabelText('查阅目的'), { target: { value: '核对10月登记' } });
    fireEvent.click(screen.getByText('登记并查阅'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'lookup')!.event).toMatchObject({ volumeId: 'vol:consultation:2026-10', purpose: '核对10月登记' });
    expect(screen.getByText('已登记这次查阅（查阅人、时间、目的）。')).toBeTruthy();
    expect(screen.getByText('2026-10-09 法律咨询（现场来访） · 陈大爷')).toBeTruthy();
  });

  it('builds the letters volume and hands the half year over, saying what is left', async () => {
    const gw = fakeGateway({
      'info.me': me(['archivist']),
      'archives.volumes': () => ({ ok: true, data: { volumes: [] } }),
      'archives.buildLettersVolume': () => ({ ok: true, data: { volume: volume({ id: 'vol:letters:2026-H1', itemCount: 2, archiveCode: 'X001-WS·2026-D30-XZ-0001～0002' }) } }),
      'archives.handOver': () => ({ ok: true, data: { volumes: [volume({ status: 'handedOver' })], remaining: [volume({ title: '2026年6月 法律咨询（来访、来电）登记', statusLabel: '待审查' })], done: false } }),
    });
    render(<VolumesPage />);
    await settle();
    fireEvent.click(screen.getByText('生成 2026-H1 来信卷'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'buildLettersVolume')!.event).toEqual({ action: 'buildLettersVolume', period: '2026-H1' });
    expect(screen.getByText('已生成来信卷：共 2 件，档号 X001-WS·2026-D30-XZ-0001～0002。请打开核对。')).toBeTruthy();
    fireEvent.click(screen.getByText('送交 2026-H1 的案卷'));
    await settle();
    expect(screen.getByText('已送交 1 卷。还有 1 卷未归档：2026年6月 法律咨询（来访、来电）登记（待审查）。')).toBeTruthy();
  });

  it('shows a letter’s file part by part, marks what is missing, and offers no call on a masked phone', async () => {
    __setRouterParams({ id: encodeURIComponent('vol:letters:2026-H1') });
    const parts = [
      { kind: 'letter', label: '来信（函）', text: '来信咨询土地流转', photoIds: ['f_1', 'f_2'] },
      { kind: 'processingSlip', label: '公文处理单', text: '收文日期：2026-03-02' },
      { kind: 'draft', label: '拟办回信（函）底稿', text: '（没有拟办回信底稿）', missing: true },
      { kind: 'reply', label: '回信（函）正稿', text: '已复函' },
    ];
    fakeGateway({
      'info.me': me(['archivist']),
      'archives.volume': () => ({ ok: true, data: { volume: volume({ id: 'vol:letters:2026-H1' }), items: [{ ...item, contact: { name: '钱老伯', phone: '133****5678' }, parts }] } }),
    });
    render(<VolumePage />);
    await settle();
    expect(screen.getByText(/✓ 来信（函）.*照片 2 张/)).toBeTruthy();
    expect(screen.getByText('✗ 拟办回信（函）底稿（缺）')).toBeTruthy();
    expect(screen.queryByText(/拨打/)).toBeNull();
  });

  it('lists the closed legal-aid cases and makes one’s case file with one tap', async () => {
    let bound = false;
    const gw = fakeGateway({
      'info.me': me(['archivist']),
      'archives.volumes': () => ({ ok: true, data: { volumes: [] } }),
      'archives.closedCases': () => ({ ok: true, data: { items: [{ applicationId: 'la_0123456789abcdef01234567', applicant: '陈大爷', matter: '赡养费、抚养费、扶养费', closedOn: '2026年12月20日', archiveCode: bound ? 'X001-WS·2026-D30-YZ-0001' : null }] } }),
      'archives.caseFile': () => { bound = true; return { ok: true, data: { fileName: '法律援助案卷-X001-WS·2026-D30-YZ-0001.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: 'UEsDBA==' } }; },
    });
    render(<VolumesPage />);
    await settle();
    expect(screen.getByText(/还没有立卷/)).toBeTruthy();
    fireEvent.click(screen.getByText('生成案卷并打开'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'caseFile')!.event).toEqual({ action: 'caseFile', applicationId: 'la_0123456789abcdef01234567' });
    expect(screen.getByText('已生成 法律援助案卷-X001-WS·2026-D30-YZ-0001.docx，可打印装订。')).toBeTruthy();
    expect(screen.getByText(/档号 X001-WS·2026-D30-YZ-0001/)).toBeTruthy();
  });

  it('binds a closed legal-aid case as a volume with one tap and opens it; a bound case opens its volume', async () => {
    const id = 'la_0123456789abcdef01234567';
    const volumeId = `vol:legalAid:${id}`;
    let bound = false;
    const gw = fakeGateway({
      'info.me': me(['archivist']),
      'archives.volumes': () => ({ ok: true, data: { volumes: [] } }),
      'archives.closedCases': () => ({ ok: true, data: { items: [{ applicationId: id, applicant: '陈大爷', matter: '赡养费、抚养费、扶养费', closedOn: '2026年12月20日', archiveCode: bound ? 'X001-WS·2026-D30-YZ-0001' : null, volumeId: bound ? volumeId : null }] } }),
      'archives.buildCaseVolume': () => {
        bound = true;
        return { ok: true, data: { volume: volume({ id: volumeId, category: 'legalAid', categoryLabel: '法律援助案件类', archiveCode: 'X001-WS·2026-D30-YZ-0001', itemCount: 1, title: '法律援助案件：赡养费、抚养费、扶养费（2026年12月20日结案）' }) } };
      },
    });
    render(<VolumesPage />);
    await settle();
    expect(screen.queryByText('打开案件卷')).toBeNull();
    fireEvent.click(screen.getByText('装订成卷'));
    await settle();
    expect(gw.calls.filter((c) => c.event.action === 'buildCaseVolume').map((c) => c.event)).toEqual([{ action: 'buildCaseVolume', applicationId: id }]);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/archives/pages/volume/index?id=${encodeURIComponent(volumeId)}` });
    expect(screen.getByText('已装订成卷：档号 X001-WS·2026-D30-YZ-0001，待审查。')).toBeTruthy();
    expect(screen.queryByText('装订成卷')).toBeNull();
    (Taro.navigateTo as jest.Mock).mockClear();
    fireEvent.click(screen.getByText('打开案件卷'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/archives/pages/volume/index?id=${encodeURIComponent(volumeId)}` });
    expect(gw.calls.filter((c) => c.event.action === 'buildCaseVolume')).toHaveLength(1);
  });
});
