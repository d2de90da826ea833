import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would try to reach outside hosts off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A 375-px-wide phone page whose clock reads `now` (Beijing time given with its offset). */
export async function phonePage(browser: Browser, now: string, timezoneId = 'Asia/Shanghai'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', timezoneId });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(now));
  return page;
}
