import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ApplyPage from '../../../../src/packages/legal-aid/pages/apply/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime, settle } from '../../support/clock';
import { legalAidView } from './fixtures';

atFixedTime();

const guide = () => ({ ok: true, data: { key: 'guide:legal-aid', kind: 'guide', data: { title: '法律援助', summary: '', steps: [], timeLimit: '', materials: ['身份证', '案件材料'], whereToGo: '', basis: '' }, version: 1, updatedAt: 0 } });
const box = (id: string) => document.getElementById(id)!;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const tap = (name: RegExp | string) => fireEvent.click(typeof name === 'string' ? screen.getByText(name) : screen.getByRole('radio', { name }));

/** Fills step 1 and goes on. */
function stepOne() {
  type('申请人姓名', '陈大爷');
  type('联系电话', '13812345678');
  fireEvent.click(screen.getByText('下一步'));
}

describe('the legal-aid application form', () => {
  it('says which of four steps this is and shows every problem of the step in its own words, sending nothing', async () => {
    const gw = fakeGateway({ 'info.guide': guide });
    render(<ApplyPage />);
    await settle();
    expect(screen.getByText('第 1 步，共 4 步：申请人')).toBeTruthy();
    type('联系电话', '12');
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    expect(box('field-applicant-name').textContent).toContain('「申请人姓名」不能为空');
    expect(box('field-applicant-phone').textContent).toContain('「联系电话」格式不对');
    expect(screen.getByText('第 1 步，共 4 步：申请人')).toBeTruthy();
    expect(gw.calls.filter((c) => c.name === 'legalAid')).toHaveLength(0);
  });

  it('explains the green channel, takes a 低保 exemption without asking about income, and sends one application', async () => {
    const gw = fakeGateway({ 'info.guide': guide, 'legalAid.apply': () => ({ ok: true, data: { application: legalAidView() } }) });
    render(<ApplyPage />);
    await settle();
    stepOne();
    await settle();
    expect(screen.getByText(/当天受理、当天审批、当天指派律师/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '老年人' }));
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/赡养费/);
    type('发生了什么事？', '三个子女都不给赡养费');
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    expect(screen.getByText(/不用跑去开收入证明/)).toBeTruthy();
    tap(/我有低保证/);
    await settle();
    expect(screen.queryByLabelText('家里的经济情况')).toBeNull();
    expect(screen.getByText('最低生活保障证')).toBeTruthy();
    expect(screen.queryByText(/诚信承诺书/)).toBeNull();
    fireEvent.click(screen.getByText('提交申请'));
    fireEvent.click(screen.getByText('正在提交…'));
    await settle();
    const sent = gw.calls.filter((c) => c.event.action === 'apply');
    expect(sent).toHaveLength(1);
    expect(sent[0].event).toMatchObject({ applicant: { name: '陈大爷', phone: '13812345678' }, groups: ['elderly'], matter: { kind: 'alimony' }, hardship: 'dibao' });
    expect(sent[0].event.declaration).toBeUndefined();
    expect(screen.getByText('✓ 申请已提交')).toBeTruthy();
    expect(screen.getByText(/今天就受理、审批、指派律师/)).toBeTruthy();
  });

  it('on H5 uploads a material photo with the resident\'s session, shows the day\'s-limit refusal of another in words, and sends the kept one (issue 11)', async () => {
    const gw = fakeGateway({ 'info.guide': guide, 'legalAid.apply': () => ({ ok: true, data: { application: legalAidView() } }) });
    Taro.setStorageSync('session:token', 'resident-token');
    const functions = global.fetch as jest.Mock;
    const replies = [
      { ok: true, data: { fileId: 'f_' + 'e'.repeat(32) } },
      { ok: false, error: { code: 'RATE_LIMITED', message: '今天已经上传了 20 张照片，达到每人每天 20 张的上限，请明天再传，或把材料原件带到工作站窗口', field: 'file' } },
    ];
    const auths: Array<string | undefined> = [];
    (global as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init?: { headers?: Record<string, string> }) => {
      if (url.startsWith('blob:')) return { blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }) };
      if (url === '/api/files') {
        auths.push(init?.headers?.Authorization);
        const body = replies.shift();
        return { status: body?.ok ? 200 : 429, headers: { get: () => 'application/json' }, json: async () => body };
      }
      return functions(url, init);
    });
    render(<ApplyPage />);
    await settle();
    stepOne();
    await settle();
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/赡养费/);
    type('发生了什么事？', '三个子女都不给赡养费');
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/我有低保证/);
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:dibao', size: 1000, fileType: 'image' }, { tempFilePath: 'blob:hukou', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await settle();
    expect(auths).toEqual(['Bearer resident-token', 'Bearer resident-token']);
    expect(screen.getByRole('button', { name: '删去第 1 张照片' })).toBeTruthy();
    expect(screen.getByText(/1 张没有传上去（第 2 张：今天已经上传了 20 张照片/)).toBeTruthy();
    fireEvent.click(screen.getByText('提交申请'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'apply')?.event.photoIds).toEqual(['f_' + 'e'.repeat(32)]);
  });

  it('asks for the personal promise when no exemption applies', async () => {
    const gw = fakeGateway({ 'info.guide': guide });
    render(<ApplyPage />);
    await settle();
    stepOne();
    await settle();
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/医疗损害赔偿/);
    type('发生了什么事？', '手术后出现并发症');
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/以上都不是/);
    fireEvent.click(screen.getByText('提交申请'));
    await settle();
    expect(box('field-declaration-income').textContent).toContain('「家里的经济情况」不能为空');
    expect(box('field-declaration-promise').textContent).toContain('请勾选「我保证以上情况属实」');
    expect(gw.calls.filter((c) => c.event.action === 'apply')).toHaveLength(0);
  });

  it("takes the resident back to the step of a field the server refused, told with the page's label", async () => {
    fakeGateway({ 'info.guide': guide, 'legalAid.apply': () => ({ ok: false, error: { code: 'VALIDATION', message: '「身份证号」不是有效的18位身份证号，请核对', field: 'applicant.idNumber' } }) });
    render(<ApplyPage />);
    await settle();
    stepOne();
    await settle();
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/追索劳动报酬/);
    type('发生了什么事？', '老板欠工资');
    fireEvent.click(screen.getByText('下一步'));
    await settle();
    tap(/我是农民工/);
    fireEvent.click(screen.getByText('提交申请'));
    await settle();
    expect(screen.getByText('第 1 步，共 4 步：申请人')).toBeTruthy();
    expect(box('field-applicant-idNumber').textContent).toContain('不是有效的18位身份证号');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#field-applicant-idNumber' }));
  });
});
