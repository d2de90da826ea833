// gateway_throughput_ratio and gateway_p99_ms: the gateway answering info.overview on the
// embedded store, against a bare node:http server answering the same JSON, in the same run,
// driven by the same keep-alive client from this process. Bounded: a fixed count of requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { emit, freePort, median, percentile, startAndWait, stop } from './util.mjs';

const CONCURRENCY = 16;
const REQUESTS = 3000;

async function load(port, path, body) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  let sent = 0;
  const one = () =>
    new Promise((resolve, reject) => {
      const t = process.hrtime.bigint();
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          resolve();
        });
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
  return { perSecond: REQUESTS / seconds, p99: percentile(latencies, 99) };
}

const BARE = `const http=require('node:http');const body=Buffer.from(process.env.BODY);
http.createServer((req,res)=>{req.resume();req.on('end',()=>{res.writeHead(200,{'content-type':'application/json; charset=utf-8','content-length':body.length});res.end(body);});}).listen(+process.env.PORT,'127.0.0.1');
`;

const ROUNDS = 5;

/**
 * Both servers run side by side; rounds alternate gateway / bare so that whatever else the shared
 * machine is doing hits both alike, and the median of the per-round ratios is reported.
 */
export async function benchGateway(root) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-gw-'));
  const port = await freePort();
  const bport = await freePort();
  const event = JSON.stringify({ action: 'overview' });
  const gw = await startAndWait('node', [join(root, 'scripts/start.mjs'), '--no-build'], { PORT: String(port), DATA_DIR: dataDir }, `http://127.0.0.1:${port}/healthz`);
  let bare;
  const ratios = [];
  const gateway = [];
  try {
    const sample = await (await fetch(`http://127.0.0.1:${port}/api/fn/info`, { method: 'POST', body: event })).text();
    bare = spawn('node', ['-e', BARE], { env: { ...process.env, PORT: String(bport), BODY: sample }, stdio: 'inherit' });
    await startAndWaitBare(bport);
    await load(port, '/api/fn/info', event); // warm-up
    await load(bport, '/', event);
    for (let i = 0; i < ROUNDS; i++) {
      const g = await load(port, '/api/fn/info', event);
      const b = await load(bport, '/', event);
      gateway.push(g);
      ratios.push(g.perSecond / b.perSecond);
    }
  } finally {
    if (bare) await stop(bare);
    await stop(gw);
    rmSync(dataDir, { recursive: true, force: true });
  }
  emit('gateway_throughput_ratio', median(ratios), 'ratio', '>= 0.5');
  emit('gateway_p99_ms', median(gateway.map((g) => g.p99)), 'ms', 'informational');
  emit('gateway_per_s', median(gateway.map((g) => g.perSecond)), 'req/s', 'informational');
}

async function startAndWaitBare(port) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bare server did not start');
}
