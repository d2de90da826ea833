import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacyPage from '../../../../src/packages/privacy/pages/index/index';
import { AGREE_BUTTON_ID, listenForPrivacy, PRIVACY_URL } from '../../../../src/ui/privacy';
import { atFixedTime } from '../../support/clock';

atFixedTime();

type Listener = (resolve: jest.Mock) => void;
const api = Taro as unknown as { onNeedPrivacyAuthorization?: jest.Mock };
const env = process.env.TARO_ENV;
let listener: Listener;
beforeEach(() => {
  process.env.TARO_ENV = 'weapp';
  api.onNeedPrivacyAuthorization = jest.fn((l: Listener) => { listener = l; });
});
afterEach(() => {
  process.env.TARO_ENV = env;
  delete api.onNeedPrivacyAuthorization;
});

describe('WeChat\'s 需要隐私授权 (photos, clipboard)', () => {
  it('opens the privacy page, shows the station\'s text, and lets the waiting call go on from the agree button', () => {
    listenForPrivacy();
    const resolve = jest.fn();
    listener(resolve);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: PRIVACY_URL });
    render(<PrivacyPage />);
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });
    expect(screen.getByText('隐私保护指引')).toBeTruthy();
    expect(screen.getByText(/姓名、电话、住址/)).toBeTruthy();
    expect(screen.getByText('剪贴板')).toBeTruthy();
    const agree = screen.getByRole('button', { name: '同意并继续' });
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');
    expect(agree.id).toBe(AGREE_BUTTON_ID);
    fireEvent.click(agree);
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  it('makes the waiting call fail when the resident says no, or leaves the page without answering', () => {
    listenForPrivacy();
    const first = jest.fn();
    listener(first);
    render(<PrivacyPage />);
    fireEvent.click(screen.getByRole('button', { name: '不同意' }));
    expect(first).toHaveBeenLastCalledWith({ event: 'disagree' });

    const second = jest.fn();
    listener(second);
    const { unmount } = render(<PrivacyPage />);
    unmount();
    expect(second).toHaveBeenLastCalledWith({ event: 'disagree' });
  });
});
