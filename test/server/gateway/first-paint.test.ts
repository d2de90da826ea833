import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../../src/server/functions';
import { seedIfEmpty } from '../../../src/server/seed';
import { createCalendar } from '../../../src/domain/calendar';
import { describeOpenStatus, openStatus } from '../../../src/domain/hours';
import { renderFirstPaint, withFirstPaint } from '../../../src/server/gateway/first-paint';
import { memoryRuntime, startGateway, type Running } from './harness';

const BUILT = '<!doctype html><html><head><title>x</title><script defer="defer" src="/js/app.1a2b3c4d.js"></script><link href="/css/app.1a2b3c4d.css" rel="stylesheet"></head><body><div id="app"></div></body></html>';

async function gatewayAt(iso: string): Promise<{ gw: Running; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'h5-first-paint-'));
  writeFileSync(join(dir, 'index.html'), BUILT);
  const runtime = await memoryRuntime(Date.parse(iso));
  await seedIfEmpty(runtime.store, runtime.clock.now());
  return { gw: await startGateway({ functions, staticDir: dir, runtime }), dir };
}

describe('the first response already shows the station, whether it is open, today\'s hours and the phones', () => {
  let running: { gw: Running; dir: string } | undefined;
  afterEach(async () => {
    await running?.gw.close();
    if (running) rmSync(running.dir, { recursive: true, force: true });
    running = undefined;
  });

  it('on a working Thursday morning: name, the same open line as the app, today\'s sessions and tap-to-call links before the app\'s mount point', async () => {
    running = await gatewayAt('2025-10-09T10:00:00+08:00');
    const html = await (await fetch(`${running.gw.url}/`)).text();
    const now = Date.parse('2025-10-09T10:00:00+08:00');
    const line = describeOpenStatus(openStatus(now, createCalendar([])), now);
    const block = html.slice(html.indexOf('<div id="first-paint">'), html.indexOf('<div id="app">'));
    expect(block).toContain('<h1>西山镇公共法律服务工作站</h1>');
    expect(block).toContain('办公中');
    expect(block).toContain(line);
    expect(line).toBe('正在办公 · 今天 12:00 开始午休');
    expect(block).toContain('今天办公时间：9:00–12:00、13:30–17:00');
    expect(block).toMatch(/<a class="fp-call" href="tel:079183280001"><span>拨打[^<]*<br>0791-83280001<\/span>/);
  });

  it('on a National Day holiday it says closed and when it reopens, as the app would', async () => {
    running = await gatewayAt('2025-10-05T10:00:00+08:00');
    const html = await (await fetch(`${running.gw.url}/pages/index/index`)).text();
    expect(html).toContain('现在不办公');
    expect(html).toContain('今天休息（国庆节）· 10月9日（周四）9:00 开门');
    expect(html).toContain('今天休息，不办公');
  });

  it('moves the app\'s stylesheet after the block (a stylesheet in <head> would hold the first paint) and keeps the scripts and the CSP', async () => {
    running = await gatewayAt('2025-10-09T10:00:00+08:00');
    const res = await fetch(`${running.gw.url}/`);
    const html = await res.text();
    expect(html.indexOf('<link href="/css/app.1a2b3c4d.css" rel="stylesheet">')).toBeGreaterThan(html.indexOf('</div><link'));
    expect(html.slice(0, html.indexOf('</head>'))).not.toContain('stylesheet');
    expect(html).toContain('<script defer="defer" src="/js/app.1a2b3c4d.js"></script>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the page as built while nothing is published yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h5-first-paint-'));
    writeFileSync(join(dir, 'index.html'), BUILT);
    const gw = await startGateway({ functions, staticDir: dir, runtime: await memoryRuntime() });
    running = { gw, dir };
    expect(await (await fetch(`${gw.url}/`)).text()).toBe(BUILT);
  });
});

describe('renderFirstPaint', () => {
  it('escapes what the admin typed', () => {
    const html = renderFirstPaint({ station: { name: '<b>站</b>', address: '', phones: [{ label: 'a"b', number: '0791-1' }], extendedService: '', complaintChannels: [] }, overrides: [] }, Date.parse('2025-10-09T10:00:00+08:00'));
    expect(html).toContain('<h1>&lt;b&gt;站&lt;/b&gt;</h1>');
    expect(html).toContain('拨打a&quot;b<br>0791-1');
  });

  it('leaves a page without a mount point untouched', () => {
    expect(withFirstPaint('<body></body>', '<div id="first-paint"></div>')).toBe('<body></body>');
  });
});
