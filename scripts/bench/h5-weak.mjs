// h5_first_text_weak_ms and h5_first_load_bytes: a resident's first visit on a village phone —
// Chromium (Debian's, headless) with the network emulated through CDP at 400 kbps both ways and
// 400 ms round trip, a fresh profile (empty cache), the real gateway serving the H5 build.
//   h5_first_text_weak_ms: navigation start → the open/closed line on screen (the gateway's first
//     paint, or the app's status line, whichever comes first), median of 3 visits.
//   h5_first_load_bytes: bytes on the wire (compressed, headers included) of the whole first
//     visit until the network is idle: page, scripts, styles and the home page's API calls.
//   h5_app_ready_weak_ms (informational): navigation start → the app's own status line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { emit, freePort, median, startAndWait, stop } from './util.mjs';

const KBPS = 400;
const RTT_MS = 400;
const VISITS = 3;

/** Records (in page time, ms since navigation start) when the open/closed line and the app's status appear. */
const WATCH = `(() => {
  const marks = (window.__marks = {});
  const look = () => {
    if (marks.text === undefined && [...document.querySelectorAll('.fp-line, .status__line')].some((e) => e.textContent.trim())) {
      requestAnimationFrame(() => { marks.text = performance.now(); });
      marks.text = null;
    }
    if (marks.app === undefined && document.querySelector('.page .status__line')) {
      requestAnimationFrame(() => { marks.app = performance.now(); });
      marks.app = null;
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: RTT_MS, downloadThroughput: (KBPS * 1000) / 8, uploadThroughput: (KBPS * 1000) / 8,
  });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof window.__marks?.text === 'number' && typeof window.__marks?.app === 'number', null, { timeout: 120_000, polling: 100 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const marks = await page.evaluate(() => window.__marks);
  await context.close();
  return { text: marks.text, app: marks.app, bytes };
}

export async function benchH5Weak(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-h5-'));
  const port = await freePort();
  const gw = await startAndWait('node', [join(root, 'scripts/start.mjs'), '--no-build'], { PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production' }, `http://127.0.0.1:${port}/healthz`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const runs = [];
    for (let i = 0; i < VISITS; i++) runs.push(await visit(browser, `http://127.0.0.1:${port}/`));
    emit('h5_first_text_weak_ms', median(runs.map((r) => r.text)), 'ms', '<= 2500');
    emit('h5_first_load_bytes', median(runs.map((r) => r.bytes)), 'bytes', '<= 163840');
    emit('h5_app_ready_weak_ms', median(runs.map((r) => r.app)), 'ms', 'informational');
  } finally {
    await browser.close();
    await stop(gw);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
