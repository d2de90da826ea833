// slots_vs_overview_ratio (issue 10): appointments.slots through the gateway ÷ info.overview
// through the same gateway, in one run, rounds alternating so the shared machine's noise hits
// both alike (median of the per-round ratios). The gateway is `npm start`'s on a fresh data
// directory with the default settings (14 days ahead) and one booking in every third offered
// slot, made through the API first, so counters exist as they would. Slots is called by a
// signed-in resident (its access is 'person'); overview anonymously, as residents call them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { emit, freePort, median, startAndWait, stop } from './util.mjs';

const CONCURRENCY = 16;
const REQUESTS = 2000;
const ROUNDS = 5;

async function load(port, body, headers = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let sent = 0;
  const path = `/api/fn/${JSON.parse(body).action === 'overview' ? 'info' : 'appointments'}`;
  const one = () =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode} on ${path}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (sent < REQUESTS) {
      sent++;
      await one();
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return REQUESTS / seconds;
}

async function call(base, fn, event, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await (await fetch(`${base}/api/fn/${fn}`, { method: 'POST', body: JSON.stringify(event), headers })).json();
  if (!res.ok) throw new Error(`${fn}.${event.action}: ${res.error.code} ${res.error.message}`);
  return res.data;
}

async function signIn(base, openid) {
  const res = await fetch(`${base}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ openid }), headers: { 'content-type': 'application/json' } });
  return (await res.json()).token;
}

/** One booking in every third offered slot, each by its own resident, through the API. */
async function bookSome(base) {
  const viewer = await signIn(base, 'bench-viewer');
  const { days } = await call(base, 'appointments', { action: 'slots' }, viewer);
  const slots = days.flatMap((d) => d.slots.map((s) => ({ date: d.date, start: s.start })));
  let booked = 0;
  for (let i = 0; i < slots.length; i += 3) {
    const token = await signIn(base, `bench-resident-${i}`);
    await call(base, 'appointments', { action: 'book', service: 'consultation', ...slots[i], requestId: `bench-slots-${i}` }, token);
    booked++;
  }
  return { viewer, offered: slots.length, booked };
}

export async function benchSlots(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-slots-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const gw = await startAndWait('node', [join(root, 'scripts/start.mjs'), '--no-build'], { PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development' }, `${base}/healthz`);
  const ratios = [];
  const slotsPerS = [];
  const overviewPerS = [];
  try {
    const { viewer, offered, booked } = await bookSome(base);
    const slotsEvent = JSON.stringify({ action: 'slots' });
    const overviewEvent = JSON.stringify({ action: 'overview' });
    const auth = { authorization: `Bearer ${viewer}` };
    await load(port, slotsEvent, auth); // warm-up
    await load(port, overviewEvent);
    for (let i = 0; i < ROUNDS; i++) {
      const s = await load(port, slotsEvent, auth);
      const o = await load(port, overviewEvent);
      slotsPerS.push(s);
      overviewPerS.push(o);
      ratios.push(s / o);
    }
    emit('slots_vs_overview_ratio', median(ratios), 'ratio', '>= 0.3');
    emit('slots_per_s', median(slotsPerS), 'req/s', `informational (${offered} slots offered, ${booked} booked)`);
    emit('overview_per_s', median(overviewPerS), 'req/s', 'informational');
  } finally {
    await stop(gw);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  await benchSlots(join(fileURLToPath(import.meta.url), '..', '..', '..'));
}
