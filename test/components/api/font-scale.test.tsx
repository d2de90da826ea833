import Taro from '@tarojs/taro';
import { fontScale, wechatFontSetting } from '../../../src/ui/font-scale';

describe('wechatFontSetting', () => {
  const api = Taro as unknown as Record<string, unknown>;
  const saved = { getAppBaseInfo: api.getAppBaseInfo, getSystemInfoSync: api.getSystemInfoSync };
  afterEach(() => Object.assign(api, saved));

  it('reads WeChat\'s 字体大小 from getAppBaseInfo, not the deprecated getSystemInfoSync', () => {
    api.getAppBaseInfo = jest.fn(() => ({ fontSizeSetting: 22, language: 'zh_CN' }));
    api.getSystemInfoSync = jest.fn(() => ({ fontSizeSetting: 17 }));
    expect(wechatFontSetting()).toBe(22);
    expect(api.getSystemInfoSync).not.toHaveBeenCalled();
    expect(fontScale(wechatFontSetting())).toBe(1.29);
  });

  it('falls back to getSystemInfoSync on a WeChat without getAppBaseInfo, and to the designed size when both fail', () => {
    api.getAppBaseInfo = undefined;
    api.getSystemInfoSync = jest.fn(() => ({ fontSizeSetting: 20 }));
    expect(wechatFontSetting()).toBe(20);
    api.getSystemInfoSync = jest.fn(() => { throw new Error('not supported'); });
    expect(wechatFontSetting()).toBeUndefined();
    expect(fontScale(undefined)).toBe(1);
  });
});
