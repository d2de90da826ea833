import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { phonePage } from './support/browser';
import { seriousFindings } from './support/axe';
import { useStationInBrowser } from './support/lifecycle';
import { visibleText, shot } from './support/page';
import { DEMO, openPath, signIn } from './support/sign-in';

jest.setTimeout(180_000);

const NOW = '2026-11-26T10:00:00+08:00';
const SHOTS = join(__dirname, '../../dist/screenshots');

/** Critical and serious axe-core findings on the page as it is now. */

/** Issue 12 on the H5 build: a new station goes live without editing the seed. */
describe('the admin invites a new person from the phone', () => {
  const s = useStationInBrowser(NOW);

  it('invites, the new person signs in with the code and sees the workbench, and the roster shows them', async () => {
    const admin = await phonePage(s.browser, NOW);
    await signIn(admin, s.station.url, DEMO.admin);
    await visibleText(admin, '工作人员入口').click();
    await admin.getByRole('link', { name: /人员管理/ }).filter({ visible: true }).first().click();
    await admin.getByRole('heading', { name: '人员管理' }).filter({ visible: true }).first().waitFor();
    await visibleText(admin, /示例·赵某 在岗，但公示栏里没有对应的公示牌/).waitFor();
    const input = (label: string) => admin.locator(`input[aria-label="${label}"], [aria-label="${label}"] input`).filter({ visible: true }).first();
    await input('姓名').fill('王小明');
    await input('职务').fill('窗口接待');
    await input('工作岗位').fill('接待现场来访和来电，解答法律咨询');
    await input('业务范围').fill('法律咨询；人民调解咨询');
    await visibleText(admin, '生成邀请码和二维码').click();
    const card = admin.getByRole('region', { name: '给王小明的邀请' }).filter({ visible: true }).first();
    await card.waitFor();
    const code = (await card.locator('.pp-code').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    await expect(card.locator('img').first().getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await visibleText(admin, /有效期至 2026-11-29 10:00/).waitFor();
    await shot(admin, 'people-invite');
    mkdirSync(SHOTS, { recursive: true });
    await card.screenshot({ path: join(SHOTS, 'people-invitation-card.png') });
    expect(await seriousFindings(admin)).toEqual([]);

    const newcomer = await phonePage(s.browser, NOW);
    await openPath(newcomer, s.station.url, '/packages/dev/pages/sign-in/index');
    const codeBox = newcomer.locator('input[aria-label="邀请码"], [aria-label="邀请码"] input').filter({ visible: true }).first();
    await codeBox.fill(code.toLowerCase());
    await shot(newcomer, 'people-sign-in-code');
    expect(await seriousFindings(newcomer)).toEqual([]);
    await visibleText(newcomer, '以新身份登录并加入').click();
    await newcomer.getByRole('heading', { name: '工作台' }).filter({ visible: true }).first().waitFor();
    await visibleText(newcomer, '王小明').waitFor();
    await visibleText(newcomer, '窗口工作人员').waitFor();
    await shot(newcomer, 'people-workbench');

    // the same code a second time: refused in words, and the second person stays a resident
    const late = await phonePage(s.browser, NOW);
    await openPath(late, s.station.url, '/packages/dev/pages/sign-in/index');
    await late.locator('input[aria-label="邀请码"], [aria-label="邀请码"] input').filter({ visible: true }).first().fill(code);
    await visibleText(late, '以新身份登录并加入').click();
    await visibleText(late, /这个邀请码已经使用过了/).waitFor();

    const resident = await phonePage(s.browser, NOW);
    await resident.goto(s.station.url);
    await visibleText(resident, '工作人员公示').click();
    await visibleText(resident, '王小明').waitFor();
    await visibleText(resident, '窗口接待').waitFor();

    await admin.reload();
    await admin.getByRole('heading', { name: '人员管理' }).filter({ visible: true }).first().waitFor();
    await admin.getByRole('group', { name: '王小明' }).filter({ visible: true }).first().getByText('✓ 公示牌已上墙').waitFor();
  });

  it('shows the study page with progress bars and no serious accessibility findings', async () => {
    const director = await phonePage(s.browser, NOW);
    await signIn(director, s.station.url, DEMO.director);
    await openPath(director, s.station.url, '/packages/people/pages/study/index');
    await director.getByRole('heading', { name: '2026年 学习培训' }).filter({ visible: true }).first().waitFor();
    await visibleText(director, /全站合计：集中学习 0 \/ \d+ 学时/).waitFor();
    await visibleText(director, /⚠ 落后进度：/).waitFor();
    await director.getByRole('radio', { name: '学习类别：集中学习' }).filter({ visible: true }).first().click();
    await director.locator('input[aria-label="学时"], [aria-label="学时"] input').filter({ visible: true }).first().fill('3');
    await director.locator('input[aria-label="学习内容"], [aria-label="学习内容"] input').filter({ visible: true }).first().fill('法律援助法');
    await visibleText(director, '保存学时').click();
    await visibleText(director, '已记 2026-11-26 集中学习 3 学时').waitFor();
    await visibleText(director, /示例·刘某：集中学习 3 \/ 30 学时，落后进度/).waitFor();
    await shot(director, 'people-study-director');
    expect(await seriousFindings(director)).toEqual([]);
  });
});
