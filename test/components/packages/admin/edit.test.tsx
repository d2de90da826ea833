import { act, fireEvent, render, screen } from '@testing-library/react';
import { __setRouterParams } from '../../doubles/taro';
import EditPage from '../../../../src/packages/admin/pages/edit/index';
import { fakeGateway } from '../../support/gateway';
import { station } from '../../support/fixtures';
import { atFixedTime, settle } from '../../support/clock';

const admin = () => ({ ok: true, data: { kind: 'staff', name: '王管理', roles: ['staff', 'admin'] } });

atFixedTime();


describe('admin editor', () => {
  it('shows the server\'s field error next to the phone number it names, and at the save button', async () => {
    const gw = fakeGateway({
      'info.me': admin,
      'admin.listContent': () => ({ ok: true, data: { items: [station] } }),
      'admin.updateContent': () => ({ ok: false, error: { code: 'VALIDATION', message: '电话号码格式不对，例如 0791-83280001', field: 'data.phones.0.number' } }),
    });
    __setRouterParams({ key: 'station' });
    render(<EditPage />);
    await settle();
    expect(screen.getByText('第4版 · 更新于 2026年11月20日 · 平台管理员')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('电话1 号码'), { target: { value: '12345' } });
    fireEvent.click(screen.getByText('保存并发布'));
    await settle();

    const update = gw.calls.find((c) => c.event.action === 'updateContent')!;
    expect(update.event).toMatchObject({ key: 'station', expectedVersion: 4, data: { phones: [{ label: '工作站值班电话', number: '12345' }] } });
    const field = document.getElementById('field-phones-0-number')!;
    expect(field.textContent).toContain('电话号码格式不对，例如 0791-83280001');
    expect(screen.getByLabelText('电话1 号码').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('field-address')!.textContent).not.toContain('电话号码格式不对');
  });

  it('shows the new version after a successful save', async () => {
    fakeGateway({
      'info.me': admin,
      'admin.listContent': () => ({ ok: true, data: { items: [station] } }),
      'admin.updateContent': (e) => ({ ok: true, data: { ...station, data: e.data, version: 5, updatedAt: Date.now() } }),
    });
    __setRouterParams({ key: 'station' });
    render(<EditPage />);
    await settle();
    fireEvent.click(screen.getByText('保存并发布'));
    await settle();
    expect(screen.getByText('第5版 · 更新于 2026年11月26日 · 平台管理员')).toBeTruthy();
  });

  it('answers 「没有权限」 to a resident', async () => {
    const gw = fakeGateway({ 'info.me': () => ({ ok: true, data: { kind: 'resident', name: '张大爷' } }) });
    __setRouterParams({ key: 'station' });
    render(<EditPage />);
    await settle();
    expect(screen.getByText('没有权限')).toBeTruthy();
    expect(gw.calls.map((c) => c.event.action)).toEqual(['me']);
  });
});
