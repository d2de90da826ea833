import type { Locator, Page } from 'playwright-core';

/**
 * Text on the page the resident is looking at. Taro's H5 router keeps earlier pages in the DOM,
 * hidden, so only visible matches count.
 */
export function visibleText(page: Page, text: string | RegExp): Locator {
  return page.getByText(text).filter({ visible: true }).first();
}

/** The home page's 「现在是否办公」 card, once it has its answer. */
export async function statusLine(page: Page): Promise<string> {
  const card = page.locator('[role="status"]').filter({ hasText: /办公|午休|下班|开门/ }).filter({ visible: true }).first();
  await card.waitFor();
  return (await card.innerText()).replace(/\s+/g, ' ');
}

/**
 * A full-page screenshot `<name>.png` in `SCREENSHOT_DIR` when it is set (to look at the pages
 * built), nothing otherwise.
 *
 * @example await shot(page, 'apply-step1');
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
