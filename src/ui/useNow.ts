import { useEffect, useState } from 'react';

/**
 * The current instant (epoch ms), refreshed at every minute boundary so the open/closed line
 * stays right while the page is open.
 * @example const now = useNow(); openStatus(now, calendar)
 */
export function useNow(offsetMs = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let interval: ReturnType<typeof setInterval> | undefined;
    const tick = () => setNow(Date.now());
    const first = setTimeout(() => {
      tick();
      interval = setInterval(tick, 60000);
    }, 60000 - (Date.now() % 60000));
    return () => {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    };
  }, []);
  return now + offsetMs;
}
