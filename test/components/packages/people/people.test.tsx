import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { __setRouterParams } from '../../doubles/taro';
import PeopleHome from '../../../../src/packages/people/pages/index/index';
import Join from '../../../../src/packages/people/pages/join/index';
import StudyPage from '../../../../src/packages/people/pages/study/index';
import DevSignIn from '../../../../src/packages/dev/pages/sign-in/index';
import { fakeGateway } from '../../support/gateway';
import { atFixedTime } from '../../support/clock';
import { adminMe, staffMe } from '../../support/inbox-fixtures';

atFixedTime();

const settle = async () => act(async () => { await jest.advanceTimersByTimeAsync(2000); });
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value }, detail: { value } });

const account = (over: Record<string, unknown> = {}) => ({
  staffId: 'staff:demo-staff', name: '示例·张某', roles: ['staff'], unitIds: [], active: true, badgeKey: 'badge:sample-window', badgeShown: true, demo: true, ...over,
});
const invitation = { code: 'K7M2Q9TX', name: '王某', roles: ['staff', 'director'], unitIds: [], createdAt: 0, expiresAt: Date.parse('2026-11-29T10:00:00+08:00'), state: 'open', path: 'packages/people/pages/join/index?code=K7M2Q9TX', qrDataUrl: 'data:image/png;base64,iVBOR', invitedBy: '示例·赵某' };

describe('人员管理 (admin)', () => {
  it('invites with exactly the roles chosen and shows the code, the QR code and until when it is valid', async () => {
    const gw = fakeGateway({
      'info.me': adminMe,
      'people.list': () => ({ ok: true, data: { items: [account()], warnings: [{ staffId: 'staff:demo-admin', name: '示例·赵某', kind: 'noBadge', message: '示例·赵某 在岗，但公示栏里没有对应的公示牌（挂牌上岗）' }] } }),
      'people.invitations': () => ({ ok: true, data: { items: [] } }),
      'people.invite': () => ({ ok: true, data: { invitation } }),
    });
    render(<PeopleHome />);
    await settle();
    expect(screen.getByText('示例·赵某 在岗，但公示栏里没有对应的公示牌（挂牌上岗）')).toBeTruthy();
    type('姓名', '王某');
    fireEvent.click(screen.getByRole('checkbox', { name: '工作站主任' }));
    fireEvent.click(screen.getByText('生成邀请码和二维码'));
    await settle();
    const sent = gw.calls.find((c) => c.event.action === 'invite')!.event;
    expect(sent).toMatchObject({ name: '王某', roles: ['staff', 'director'], requestId: expect.stringMatching(/^p-/) });
    expect(sent.badge).toBeUndefined();
    const card = screen.getByRole('region', { name: '给王某的邀请' });
    expect(within(card).getByText('K7M2Q9TX')).toBeTruthy();
    expect(within(card).getByLabelText('邀请二维码，用微信扫码打开加入页面').getAttribute('src')).toBe('data:image/png;base64,iVBOR');
    expect(within(card).getByText('有效期至 2026-11-29 10:00（72 小时，只能使用一次）')).toBeTruthy();
  });

  it('shows the server refusal of an invitation without roles next to the roles', async () => {
    fakeGateway({
      'info.me': adminMe,
      'people.list': () => ({ ok: true, data: { items: [], warnings: [] } }),
      'people.invitations': () => ({ ok: true, data: { items: [] } }),
      'people.invite': () => ({ ok: false, error: { code: 'VALIDATION', message: '请至少选择一个岗位角色', field: 'roles' } }),
    });
    render(<PeopleHome />);
    await settle();
    type('姓名', '王某');
    fireEvent.click(screen.getByRole('checkbox', { name: '窗口工作人员' }));
    fireEvent.click(screen.getByText('生成邀请码和二维码'));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('请至少选择一个岗位角色');
  });

  it('deactivating lists the matters left to hand on', async () => {
    const gw = fakeGateway({
      'info.me': adminMe,
      'people.list': () => ({ ok: true, data: { items: [account()], warnings: [] } }),
      'people.invitations': () => ({ ok: true, data: { items: [] } }),
      'people.deactivate': () => ({ ok: true, data: { staff: account({ active: false }), badgeRemoved: true, openMatters: [{ type: 'ticket', id: 'tk_1', title: '法律咨询：来电咨询遗嘱公证', dueAt: null, link: '/packages/staff/pages/tickets/detail/index?id=tk_1' }] } }),
    });
    render(<PeopleHome />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '停用示例·张某' }));
    await settle();
    expect(Taro.showModal).toHaveBeenCalled();
    expect(gw.calls.find((c) => c.event.action === 'deactivate')!.event).toEqual({ action: 'deactivate', staffId: 'staff:demo-staff' });
    expect(screen.getByText('还有 1 件未办结，请主任转交他人：')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '法律咨询：来电咨询遗嘱公证，去转交' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/tickets/detail/index?id=tk_1' });
  });

  it('tells window staff the page is not theirs and calls nothing else', async () => {
    const gw = fakeGateway({ 'info.me': staffMe });
    render(<PeopleHome />);
    await settle();
    expect(screen.getByText('这里只有平台管理人员可以使用。')).toBeTruthy();
    expect(gw.calls.map((c) => c.event.action)).toEqual(['me']);
  });
});

describe('加入工作站', () => {
  it('takes the code from the link, confirms, and opens the workbench', async () => {
    __setRouterParams({ code: 'k7m2q9tx' });
    const gw = fakeGateway({
      'info.me': () => ({ ok: true, data: { kind: 'resident' } }),
      'people.acceptInvitation': () => ({ ok: true, data: { staff: account({ name: '王某', roles: ['staff'], badgeShown: true }) } }),
    });
    render(<Join />);
    await settle();
    expect((screen.getByLabelText('邀请码') as HTMLInputElement).value).toBe('K7M2Q9TX');
    fireEvent.click(screen.getByText('确认加入'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'acceptInvitation')!.event).toEqual({ action: 'acceptInvitation', code: 'K7M2Q9TX' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎加入，王某');
    fireEvent.click(screen.getByText('进入工作台'));
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/staff/pages/index/index' });
  });

  it('shows why a used code is refused under the code', async () => {
    fakeGateway({
      'info.me': () => ({ ok: true, data: { kind: 'resident' } }),
      'people.acceptInvitation': () => ({ ok: false, error: { code: 'CONFLICT', message: '这个邀请码已经使用过了，每个邀请码只能用一次；如需帮助请联系平台管理人员', field: 'code' } }),
    });
    render(<Join />);
    await settle();
    type('邀请码', 'K7M2Q9TX');
    fireEvent.click(screen.getByText('确认加入'));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('已经使用过了');
  });
});

describe('H5 sign-in with an invitation code', () => {
  it('signs in as a new person, accepts the code and opens the workbench', async () => {
    const gw = fakeGateway({
      '/api/dev/sign-in.undefined': () => ({ token: 'tok' }),
      'people.acceptInvitation': () => ({ ok: true, data: { staff: account({ name: '王某' }) } }),
    });
    render(<DevSignIn />);
    type('邀请码', 'k7m2-q9tx');
    fireEvent.click(screen.getByText('以新身份登录并加入'));
    await settle();
    expect(gw.calls[0].event.openid).toMatch(/^h5-/);
    expect(gw.calls[1].event).toEqual({ action: 'acceptInvitation', code: 'K7M2Q9TX' });
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/staff/pages/index/index' });
  });
});

describe('学习培训', () => {
  const progress = {
    year: 2026, centralHeld: false, station: { groupHours: 15, requiredHours: 60, behindCount: 1 },
    items: [
      { staffId: 'staff:demo-staff', name: '示例·张某', groupHours: 3, selfHours: 0, requiredHours: 30, expectedHours: 26.9, behind: true },
      { staffId: 'staff:demo-director', name: '示例·刘某', groupHours: 30, selfHours: 2, requiredHours: 30, expectedHours: 26.9, behind: false },
    ],
  };
  const register = { year: 2026, people: [], centralHeld: false, arrangements: [], sessions: [] };

  it("shows the director everyone's bar in words, who is behind, and whether the central training was held", async () => {
    fakeGateway({
      'info.me': () => ({ ok: true, data: { kind: 'staff', name: '示例·刘某', roles: ['staff', 'director'] } }),
      'people.studyProgress': () => ({ ok: true, data: progress }),
      'people.studyRegister': () => ({ ok: true, data: register }),
    });
    render(<StudyPage />);
    await settle();
    const bars = screen.getAllByRole('progressbar');
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).toEqual(['25', '10', '100']);
    expect(screen.getByText('⚠ 示例·张某：集中学习 3 / 30 学时，落后进度（到今天应有 26.9 学时）')).toBeTruthy();
    expect(screen.getByText('✓ 示例·刘某：集中学习 30 / 30 学时，已达标')).toBeTruthy();
    expect(screen.getAllByText('集中业务培训：⚠ 本年度尚未举办').length).toBeGreaterThan(0);
    expect(screen.getByText('⚠ 落后进度：示例·张某')).toBeTruthy();
    expect(screen.getByText('登记集中学习（组织人）')).toBeTruthy();
  });

  it('records hours with a request id and shows the 12-hour refusal under 学时', async () => {
    const gw = fakeGateway({
      'info.me': staffMe,
      'people.studyProgress': () => ({ ok: true, data: { ...progress, station: undefined, items: [progress.items[0]] } }),
      'people.studyRegister': () => ({ ok: true, data: register }),
      'people.studyLog': () => ({ ok: false, error: { code: 'VALIDATION', message: '一天最多记 12 学时，这一天已记 10 学时', field: 'hours' } }),
    });
    render(<StudyPage />);
    await settle();
    expect(screen.queryByText('登记集中学习（组织人）')).toBeNull();
    type('学时', '3');
    type('学习内容', '法律援助法');
    fireEvent.click(screen.getByText('保存学时'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'studyLog')!.event).toMatchObject({ kind: 'self', date: '2026-11-26', hours: 3, topic: '法律援助法', requestId: expect.stringMatching(/^p-/) });
    expect(screen.getByText('一天最多记 12 学时，这一天已记 10 学时')).toBeTruthy();
  });
});

describe('学习笔记、调研文章 with photos', () => {
  const register = (photoIds: string[]) => ({
    year: 2026, centralHeld: true, arrangements: [], sessions: [],
    people: [{ staffId: 'staff:demo-staff', name: '示例·张某', plan: null, totals: { group: 0, central: 0, self: 0 }, records: [], reviews: [],
      writings: [{ kind: 'note', date: '2026-11-26', title: '民法典婚姻家庭编', text: '要点', photoIds }] }],
  });
  const progress = { year: 2026, centralHeld: true, items: [{ staffId: 'staff:demo-staff', name: '示例·张某', groupHours: 3, selfHours: 0, requiredHours: 30, expectedHours: 26.9, behind: true }] };

  /** The fake gateway, plus H5 photo uploads: a blob: photo and `POST /api/files` answering f_note1. */
  function withUploads(gwFetch: unknown) {
    const uploads: string[] = [];
    (global as unknown as { fetch: unknown }).fetch = jest.fn(async (url: string, init?: { method?: string; body?: unknown }) => {
      if (url.startsWith('blob:')) return { blob: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }) };
      if (url === '/api/files' && init?.method === 'POST') {
        uploads.push(url);
        return { status: 200, headers: { get: () => 'application/json' }, json: async () => ({ ok: true, data: { fileId: 'f_note1' } }) };
      }
      return (gwFetch as (u: string, i: unknown) => unknown)(url, init);
    });
    return uploads;
  }

  it('photographs a handwritten note, shows the upload, and saves it with the photo id', async () => {
    const gw = fakeGateway({
      'info.me': staffMe,
      'people.studyProgress': () => ({ ok: true, data: progress }),
      'people.studyRegister': () => ({ ok: true, data: register([]) }),
      'people.studyWrite': () => ({ ok: true, data: { id: 'note:1' } }),
    });
    const uploads = withUploads((global as unknown as { fetch: unknown }).fetch);
    (Taro.chooseMedia as jest.Mock).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:note', size: 1000, fileType: 'image' }], type: 'image', errMsg: 'chooseMedia:ok' });
    render(<StudyPage />);
    await settle();
    type('题目', '民法典婚姻家庭编');
    type('正文', '要点');
    fireEvent.click(screen.getByRole('button', { name: '拍照 / 选照片' }));
    await settle();
    expect(uploads).toHaveLength(1);
    expect(screen.getByLabelText('第 1 张照片')).toBeTruthy();
    fireEvent.click(screen.getByText('保存'));
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'studyWrite')!.event).toMatchObject({ kind: 'note', title: '民法典婚姻家庭编', text: '要点', photoIds: ['f_note1'] });
    expect(screen.queryByLabelText('第 1 张照片')).toBeNull(); // the form starts afresh
  });

  it('lists a note with its photos in the yearly register', async () => {
    fakeGateway({
      'info.me': staffMe,
      'people.studyProgress': () => ({ ok: true, data: progress }),
      'people.studyRegister': () => ({ ok: true, data: register(['f_a', 'f_b']) }),
    });
    render(<StudyPage />);
    await settle();
    expect(screen.getByText('2026-11-26 学习笔记：民法典婚姻家庭编（附照片 2 张）')).toBeTruthy();
    expect(screen.getByRole('list', { name: '民法典婚姻家庭编的照片 2 张' })).toBeTruthy();
  });
});

describe('资料和外出办案', () => {
  it('lists the registered 外出办案 and the director cancels one, saying the places come back', async () => {
    __setRouterParams({ staffId: 'staff%3Ademo-staff' });
    const absence = { id: 'absence:staff:demo-staff:2026-12-01:09:00', staffId: 'staff:demo-staff', staffName: '示例·张某', date: '2026-12-01', from: '09:00', to: '10:00', reason: '随案外出调查', cancellable: true };
    let absences = [absence];
    const gw = fakeGateway({
      'info.me': () => ({ ok: true, data: { kind: 'staff', name: '示例·刘某', roles: ['staff', 'director'] } }),
      'people.profile': () => ({ ok: true, data: { staff: account(), absences } }),
      'people.cancelAbsence': () => { absences = []; return { ok: true, data: { id: absence.id, slotsReturned: ['09:00', '09:30'] } }; },
    });
    const ProfilePage = (await import('../../../../src/packages/people/pages/profile/index')).default;
    render(<ProfilePage />);
    await settle();
    expect(gw.calls.find((c) => c.event.action === 'profile')!.event).toEqual({ action: 'profile', staffId: 'staff:demo-staff' });
    expect(screen.getByText('2026-12-01 09:00–10:00')).toBeTruthy();
    expect(screen.getByText('为 示例·张某 登记外出办案')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消 2026-12-01 09:00 的外出办案' }));
    await settle();
    expect(screen.getByText('已取消 2026-12-01 09:00–10:00 的外出办案，预约名额已恢复')).toBeTruthy();
    expect(screen.getByText('今天以后没有登记外出办案。')).toBeTruthy();
  });
});

describe('H5 sign-in opened from an invitation link', () => {
  it('arrives with the code filled in', async () => {
    __setRouterParams({ code: 'k7m2q9tx' });
    fakeGateway({});
    render(<DevSignIn />);
    expect((screen.getByLabelText('邀请码') as HTMLInputElement).value).toBe('K7M2Q9TX');
  });
});
