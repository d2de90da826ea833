import Taro from '@tarojs/taro';
import { trackPending } from '../api/pending';

/**
 * Opens a page, counted as a network wait until it is open (a subpackage may have to download
 * first — seconds on a village network), so the tap shows 「正在连接」 at once.
 * @example <View onClick={() => void openPage('/packages/booking/pages/index/index')} />
 */
export function openPage(url: string): Promise<unknown> {
  let opening: Promise<unknown>;
  try {
    opening = Taro.navigateTo({ url });
  } catch (err) {
    opening = Promise.reject(err);
  }
  return trackPending(opening.catch(() => undefined));
}
