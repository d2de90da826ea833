import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { OneTimeNotice } from '../../../shared/tickets';
import { a11y } from '../../../ui/a11y';
import { noticeText } from './notice-text';

/**
 * Ways to pass a 一次性告知 on to family: copy its full text (both platforms) and, on WeChat,
 * share the public guide it was written from (`data-guide` tells the page's share handler which).
 * @example <NoticeShare notice={n} />
 */
export function NoticeShare({ notice }: { notice: OneTimeNotice }) {
  const copy = () => {
    void Taro.setClipboardData({ data: noticeText(notice) })
      .then(() => Taro.showToast({ title: '已复制，可以粘贴发给家人', icon: 'none' }))
      .catch(() => Taro.showToast({ title: '复制失败，请截图分享', icon: 'none' }));
  };
  return (
    <View>
      <Button className='btn' onClick={copy} {...a11y(`复制「${notice.title}」告知内容，发给家人`, 'button')}>复制告知内容，发给家人</Button>
      {process.env.TARO_ENV === 'weapp' && !notice.oral ? (
        <Button className='btn' openType='share' data-guide={notice.guideKey} {...a11y(`把「${notice.title}」办事指南分享给家人`, 'button')}>把办事指南分享给家人</Button>
      ) : null}
    </View>
  );
}
