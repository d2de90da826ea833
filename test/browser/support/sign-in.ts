import type { Page } from 'playwright-core';
import { visibleText } from './page';

/** The demo accounts' buttons on the H5 sign-in page. */
export const DEMO = { resident: '居民（75岁）', staff: '窗口工作人员', director: '工作站主任', admin: '平台管理员', archivist: '档案管理人员（示例·吴某）' } as const;

/**
 * Signs in on the H5 build the way a demo user does: the dev sign-in page, one tap on an
 * account; it lands back on the home page.
 * @example await signIn(page, station.url, DEMO.admin)
 */
export async function signIn(page: Page, baseUrl: string, account: string): Promise<void> {
  await page.goto(`${baseUrl}/#/packages/dev/pages/sign-in/index`);
  await page.locator(`[aria-label="以${account}登录"]`).filter({ visible: true }).first().click();
  await visibleText(page, '打电话咨询').waitFor();
}

/** Opens a page of the H5 build by its mini-program path, e.g. '/packages/staff/pages/inbox/index'. */
export async function openPath(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}/#${path}`);
}
