import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { a11y } from '../ui/a11y';

/**
 * 「分享给家人」: the WeChat share sheet on weapp (the page supplies `useShareAppMessage`);
 * on H5, copies the page's link.
 * @example <ShareButton />
 */
export function ShareButton() {
  if (process.env.TARO_ENV === 'weapp') {
    return <Button className='btn' openType='share' {...a11y('分享给家人', 'button')}>分享给家人</Button>;
  }
  const copy = () => {
    const link = typeof window !== 'undefined' ? window.location.href : '';
    void Taro.setClipboardData({ data: link })
      .then(() => Taro.showToast({ title: '链接已复制', icon: 'none' }))
      .catch(() => Taro.showToast({ title: '复制失败，请截图分享', icon: 'none' }));
  };
  return <Button className='btn' onClick={copy} {...a11y('复制链接，发给家人', 'button')}>复制链接，发给家人</Button>;
}
