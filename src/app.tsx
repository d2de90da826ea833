import { useEffect, type PropsWithChildren } from 'react';
import { takeOverFirstPaint } from './ui/first-paint';
import './app.css';

/** The app shell: Taro renders each page as `children`. On H5 it takes over the gateway's first paint. */
function App({ children }: PropsWithChildren<unknown>) {
  useEffect(() => (process.env.TARO_ENV === 'h5' ? takeOverFirstPaint(document) : undefined), []);
  return children;
}

export default App;
