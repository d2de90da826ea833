import { useEffect, type PropsWithChildren } from 'react';
import { takeOverFirstPaint } from './ui/first-paint';
import { listenForPrivacy } from './ui/privacy';
import { showNetworkWaits } from './ui/pending-indicator';
import './app.css';

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
