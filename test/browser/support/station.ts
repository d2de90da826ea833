import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

export interface RunningStation {
  url: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });

export interface StationOptions {
  /** Runs on the fresh data directory before the gateway opens it, e.g. to put records in its store. */
  beforeStart?: (dataDir: string) => Promise<void> | void;
  /** Extra environment for the gateway, e.g. `{ STATION_TICK_ON_START: '1' }`. */
  env?: Record<string, string>;
}

/**
 * Starts `npm start`'s gateway (without rebuilding H5 — `npm test` built it) on a fresh data
 * directory and a free loopback port, with the station's clock starting at `now`.
 */
export async function startStation(now: string, options: StationOptions = {}): Promise<RunningStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-browser-'));
  await options.beforeStart?.(dataDir);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, STATION_NOW: now, NODE_ENV: 'test', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('gateway did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
      }),
  };
}
