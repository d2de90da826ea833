import Taro from '@tarojs/taro';
import { onPending } from '../api/pending';

const STYLE = 'position:fixed;left:0;right:0;top:0;z-index:1000;padding:8px 16px;background:#0b4f8a;color:#fff;font-size:18px;line-height:1.5;text-align:center';

/**
 * Shows that the app is waiting on the network whenever anything is (src/api/pending.ts): on
 * H5 a bar 「正在连接，请稍候…」 at the top (a live region, read out by screen readers); on WeChat
 * the navigation bar's loading indicator. It appears in the same frame as the tap.
 * @example useEffect(() => showNetworkWaits(), []);
 * @returns a function that stops showing it
 */
export function showNetworkWaits(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): () => void {
  if (process.env.TARO_ENV === 'weapp' || !doc) {
    return onPending((busy) => {
      try {
        if (busy) void Taro.showNavigationBarLoading();
        else void Taro.hideNavigationBarLoading();
      } catch {
        // no navigation bar here (a custom one): nothing to show
      }
    });
  }
  let bar = doc.getElementById('net-pending');
  if (!bar) {
    bar = doc.createElement('div');
    bar.id = 'net-pending';
    bar.setAttribute('role', 'status');
    bar.setAttribute('aria-live', 'polite');
    bar.setAttribute('style', STYLE);
    bar.hidden = true;
    bar.textContent = '正在连接，请稍候…';
    doc.body.appendChild(bar);
  }
  const el = bar;
  return onPending((busy) => {
    el.hidden = !busy;
  });
}
