import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import MinePage from '../../../../src/packages/legal-aid/pages/mine/index';
import DetailPage from '../../../../src/packages/legal-aid/pages/detail/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';
import { at, legalAidView } from './fixtures';

atFixedTime();

describe('我的申请', () => {
  it('lists each application with its state and the day it was made, green channel in words', async () => {
    fakeGateway({
      'legalAid.mine': () => ({ ok: true, data: { items: [{ id: 'la_1', status: 'accepted', statusLabel: '已受理，待审批', greenChannel: true, urgent: false, applicantName: '陈大爷', matterKind: 'alimony', receivedAt: at('2026-11-26 10:00'), dueAt: null, duePurpose: null, overdue: false, provisional: false, worker: null }] } }),
    });
    render(<MinePage />);
    await settle();
    expect(screen.getByText('绿色通道')).toBeTruthy();
    expect(screen.getByText('已受理，待审批')).toBeTruthy();
    expect(screen.getByText('11月26日（周四）10:00 申请')).toBeTruthy();
  });
});

describe('one application, as its applicant follows it', () => {
  it('shows what comes next and by when, every step with its date, and the documents addressed to them', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    fakeGateway({
      'legalAid.get': () => ({ ok: true, data: { application: legalAidView({
        status: 'accepted', statusLabel: '已受理，待审批',
        steps: [{ kind: 'applied', at: at('2026-11-26 10:00'), by: '申请人', summary: '小程序申请' }, { kind: 'accept', at: at('2026-11-26 10:20'), by: '示例·张某', summary: '示例·张某 受理' }],
        documents: [{ id: 'lad_1', kind: 'receipt', title: '法律援助申请受理回执', issuedAt: at('2026-11-26 10:20'), forApplicant: true }],
      }) } }),
      'legalAid.document': () => ({ ok: true, data: { filename: '回执.docx', contentType: 'x', base64: 'UEs=' } }),
    });
    render(<DetailPage />);
    await settle();
    expect(screen.getByText('等待审批：11月26日（周四）17:00前')).toBeTruthy();
    expect(screen.getByText('11月26日（周四）10:20')).toBeTruthy();
    expect(screen.getByText('示例·张某 受理')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '打开法律援助申请受理回执' }));
    await settle();
    expect(screen.getByText(/回执\.docx|不能打开文书/)).toBeTruthy();
  });

  it('asks for the missing materials with their deadline and supplies them', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    const waiting = legalAidView({ status: 'materialsRequested', statusLabel: '待补充材料', materials: { items: ['户口簿'], dueDate: '2026-11-30', note: null, requestedAt: at('2026-11-26 10:30'), suppliedAt: null, later: false } });
    const gw = fakeGateway({ 'legalAid.get': () => ({ ok: true, data: { application: waiting } }), 'legalAid.supplyMaterials': () => ({ ok: true, data: { application: legalAidView() } }) });
    render(<DetailPage />);
    await settle();
    expect(screen.getByText('□ 户口簿')).toBeTruthy();
    expect(screen.getByText(/2026-11-30 17:00 前补充；逾期没补，按撤回申请处理/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '材料原件已带到窗口' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'supplyMaterials')?.event).toEqual({ action: 'supplyMaterials', id: 'la_0123456789abcdef01234567', note: '材料已带到窗口' });
    expect(screen.getByText('材料已补充，工作站继续办理')).toBeTruthy();
  });

  it('on H5 uploads the resident\'s material photo to the gateway with their session, then supplies it (issue 11)', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    Taro.setStorageSync('session:token', 'resident-token');
    const waiting = legalAidView({ status: 'materialsRequested', statusLabel: '待补充材料', materials: { items: ['户口簿'], dueDate: '2026-11-30', note: null, requestedAt: at('2026-11-26 10:30'), suppliedAt: null, later: false } });
    const fileId = 'f_' + 'd'.repeat(32);
    const gw = fakeGateway({
      'legalAid.get': () => ({ ok: true, data: { application: waiting } }),
      'legalAid.supplyMaterials': () => ({ ok: true, data: { application: legalAidView({ photoIds: [fileId] }) } }),
    });
    const functions = global.fetch as jest.Mock;
    const uploads: Array<{ method?: string; auth?: string }> = [];
    (global as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init?: { method?: string; headers?: Record<string, string> }) => {
      if (url.startsWith('blob:')) return { blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }) };
      if (url === '/api/files') {
        uploads.push({ method: init?.method, auth: init?.headers?.Authorization });
        return { status: 200, headers: { get: () => 'application/json' }, json: async () => ({ ok: true, data: { fileId } }) };
      }
      if (url.startsWith('/api/files/')) return { ok: true, status: 200, blob: async () => new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }) };
      return functions(url, init);
    });
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:hukou', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    render(<DetailPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await settle();
    expect(uploads).toEqual([{ method: 'POST', auth: 'Bearer resident-token' }]);
    fireEvent.click(screen.getByRole('button', { name: '交上这 1 张材料照片' }));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'supplyMaterials')?.event).toEqual({ action: 'supplyMaterials', id: 'la_0123456789abcdef01234567', photoIds: [fileId] });
    expect(screen.getByText('材料已补充，工作站继续办理')).toBeTruthy();
    expect(screen.getByText('我交的材料照片（1 张）')).toBeTruthy();
    expect(screen.getByRole('list', { name: '材料照片 1 张' })).toBeTruthy();
  });

  it('offers the rating once closed, and the worker as a tap-to-call number', async () => {
    __setRouterParams({ id: 'la_0123456789abcdef01234567' });
    fakeGateway({ 'legalAid.get': () => ({ ok: true, data: { application: legalAidView({ status: 'closed', statusLabel: '已结案', worker: { id: 'law_1', name: '王律师', organisation: '某律所', phone: '13800000009' } }) } }) });
    render(<DetailPage />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '拨打 13800000009，王律师' }));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800000009' });
    fireEvent.click(screen.getByText('为这次服务评价'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/resident/pages/rate/index?subject=legalAid%3Ala_0123456789abcdef01234567' });
  });
});
