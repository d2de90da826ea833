import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's critical and serious findings on the page as it is now, dialogs included, as
 * `'<rule> (<count>): [<first nodes>]'` lines — the same rules as the walk of every page
 * (a11y-walk.test.ts), with nothing set aside. axe is evaluated over the DevTools protocol: the
 * gateway's CSP (rightly) refuses an injected <script>.
 *
 * @example expect(await seriousFindings(page)).toEqual([]);
 */
export async function seriousFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.map((n) => n.html.slice(0, 160)).slice(0, 2))}`);
}
