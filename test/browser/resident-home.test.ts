import { phonePage } from './support/browser';
import { useStationInBrowser } from './support/lifecycle';
import { statusLine, visibleText } from './support/page';

jest.setTimeout(90_000);

/** What a resident sees on the H5 build, served by the real gateway on the embedded store. */
describe('resident home page', () => {
  const HOLIDAY = '2026-10-05T10:00:00+08:00';
  const s = useStationInBrowser(HOLIDAY);

  it('says the station is closed for 国庆节 on 2026-10-05 and reopens 10月8日 9:00', async () => {
    const page = await phonePage(s.browser, HOLIDAY);
    await page.goto(s.station.url);
    await expect(statusLine(page)).resolves.toMatch(/现在不办公[\s\S]*今天休息（国庆节）· 10月8日（周四）9:00 开门/);
  });

  it('shows the hours, the address, the complaint channels and tap-to-call buttons', async () => {
    const page = await phonePage(s.browser, HOLIDAY);
    await page.goto(s.station.url);
    await page.getByText('周一至周五 9:00–12:00、13:30–17:00').waitFor();
    await page.getByText('江西省南昌市新建区西山镇人民政府（西山司法所）').first().waitFor();
    for (const channel of ['现场投诉', '电话投诉', '意见箱投诉', '信函投诉', '网上投诉']) {
      await page.getByText(channel, { exact: true }).first().waitFor();
    }
    const call = page.getByRole('button', { name: /0791-83280001/ }).filter({ visible: true }).first();
    await call.waitFor();
    const box = await call.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  it('opens the legal-aid guide with its materials checklist and the green channel', async () => {
    const page = await phonePage(s.browser, HOLIDAY);
    await page.goto(s.station.url);
    await visibleText(page, '申请法律援助怎么办').click();
    await visibleText(page, '需要带的材料').waitFor();
    await visibleText(page, '身份证').waitFor();
    await visibleText(page, '五个当天').waitFor();
  });

  it('shows the staff roster as badges, marking sample entries', async () => {
    const page = await phonePage(s.browser, HOLIDAY);
    await page.goto(s.station.url);
    await visibleText(page, '工作人员公示').click();
    await visibleText(page, '示例·张某').waitFor();
    await visibleText(page, '示例信息，待管理员更新').waitFor();
    await visibleText(page, '投诉方式').waitFor();
  });
});

describe('resident home page on the 调休 Saturday', () => {
  const ADJUSTED_SATURDAY = '2026-10-10T10:00:00+08:00';
  const s = useStationInBrowser(ADJUSTED_SATURDAY);

  it('says it is open at 10:00 on 2026-10-10, even on a phone set to New York time', async () => {
    const page = await phonePage(s.browser, ADJUSTED_SATURDAY, 'America/New_York');
    await page.goto(s.station.url);
    await expect(statusLine(page)).resolves.toMatch(/正在办公[\s\S]*12:00/);
  });

});
