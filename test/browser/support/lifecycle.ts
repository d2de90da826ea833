import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startStation, type RunningStation, type StationOptions } from './station';

/** The browser and the running station of one describe block, available inside its tests. */
export interface StationInBrowser {
  readonly browser: Browser;
  readonly station: RunningStation;
}

/**
 * Starts Chromium and a station (its clock at `now`) before the enclosing describe block's tests
 * and stops both after them.
 *
 * @example
 * const s = useStationInBrowser('2026-10-05T10:00:00+08:00');
 * it('…', async () => { const page = await phonePage(s.browser, NOW); await page.goto(s.station.url); });
 */
export function useStationInBrowser(now: string, options?: StationOptions): StationInBrowser {
  let browser: Browser | undefined;
  let station: RunningStation | undefined;
  beforeAll(async () => {
    [browser, station] = await Promise.all([launchChromium(), startStation(now, options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await station?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get station() {
      if (!station) throw new Error('the station starts in beforeAll');
      return station;
    },
  };
}
