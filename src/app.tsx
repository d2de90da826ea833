import { useEffect, type PropsWithChildren } from 'react';
import { takeOverFirstPaint } from './ui/first-paint';
import { listenForPrivacy } from './ui/privacy';
import { showNetworkWaits } from './ui/pending-indicator';
import { installTaroRoles, installKeyboardTap, installModalRoles } from './ui/h5-access';
import './app.css';

/** H5 only: keyboard taps, and the roles Taro's H5 buttons, pages and dialogs lack (src/ui/h5-access.ts). */
function installH5Access() {
  installKeyboardTap(document);
  installModalRoles(document);
  installTaroRoles(document);
}

if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
  if (document.body) installH5Access();
  else document.addEventListener('DOMContentLoaded', installH5Access, { once: true });
}

/**
 * The app shell: Taro renders each page as `children`. On H5 it takes over the gateway's first
 * paint; on WeChat it answers 需要隐私授权 with the privacy page. Everywhere, a tap that waits on
 * the network shows 「正在连接」 at once.
 */
function App({ children }: PropsWithChildren<unknown>) {
  useEffect(() => (process.env.TARO_ENV === 'h5' ? takeOverFirstPaint(document) : listenForPrivacy()), []);
  useEffect(() => showNetworkWaits(), []);
  return children;
}

export default App;
