import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { functions } from '../functions';
import { createEmbeddedRuntime } from '../runtime/embedded';
import { scheduleTimers } from '../runtime/timers';
import { clockFromEnv } from '../runtime/clock-from-env';
import { createGateway } from './server';
import { createDiskFileStore } from '../files/disk';
import { loadSessionSecret } from './secret';

export interface StartOptions {
  port: number;
  dataDir: string;
  production: boolean;
  staticDir?: string;
  /** Host to bind; all interfaces by default so phones on the LAN can open it. */
  host?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export interface Started {
  url: string;
  /** Stops timers, closes connections and the database. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded station: SQLite under `dataDir`, in-process timers, and the gateway.
 *
 * @example
 * const { url, stop } = await startGateway({ port: 3000, dataDir: './data', production: false, staticDir: 'dist/h5' });
 */
export async function startGateway(options: StartOptions): Promise<Started> {
  const env = options.env ?? process.env;
  const embedded = await createEmbeddedRuntime({ dataDir: options.dataDir, clock: clockFromEnv(env, options.production) });
  const timers = scheduleTimers(functions, embedded.runtime);
  if (tickOnStart(env, options.production)) await timers.runNow();
  const server = createGateway({
    runtime: embedded.runtime,
    functions,
    staticDir: options.staticDir,
    production: options.production,
    sessionSecret: loadSessionSecret(env, options.dataDir),
    health: { store: 'sqlite', timers: timers.scheduled },
    files: createDiskFileStore(join(options.dataDir, 'files')),
    log: options.log,
    logAll: env.LOG_REQUESTS === '1',
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    async stop() {
      timers.stop();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
      });
      await embedded.close();
    },
  };
}

/**
 * Outside production, `STATION_TICK_ON_START=1` runs every timer once before the gateway answers:
 * with `STATION_NOW`, a demo (or a browser test) sees what the scheduler does at that instant
 * without waiting for the next 5-minute tick. Production ignores it.
 *
 * @example tickOnStart({ STATION_TICK_ON_START: '1' }, false) // true
 */
export function tickOnStart(env: Record<string, string | undefined>, production: boolean): boolean {
  return !production && env.STATION_TICK_ON_START === '1';
}

/**
 * `npm start`: reads PORT, DATA_DIR, NODE_ENV, STATIC_DIR; prints where to go and how to sign
 * in; stops cleanly on SIGINT/SIGTERM.
 *
 * @example
 * runFromEnv(process.env);
 */
export async function runFromEnv(env: Record<string, string | undefined>): Promise<void> {
  const production = env.NODE_ENV === 'production';
  const started = await startGateway({
    port: Number(env.PORT || 3000),
    dataDir: resolve(env.DATA_DIR || './data'),
    production,
    staticDir: resolve(env.STATIC_DIR || 'dist/h5'),
    env,
    log: (line) => console.log(line),
  });
  console.log(banner(started.url, production));
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止… / stopping…`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    started.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** What `npm start` prints: the address and, outside production, the demo sign-in. */
export function banner(url: string, production: boolean): string {
  const lines = [
    '',
    `西山镇公共法律服务工作站 已启动 / Xishan legal service station is running`,
    `  打开 / open:  ${url}`,
    `  健康检查 / health: ${url}/healthz`,
  ];
  if (production) {
    lines.push('  生产模式：没有演示登录 / production mode: demo sign-in is disabled');
  } else {
    lines.push(
      '  演示登录 / demo sign-in: POST /api/dev/sign-in {"openid": "…"}',
      '    demo-resident（居民，75 岁 / resident aged 75）  demo-staff（窗口工作人员 / window staff）',
      '    demo-director（工作站主任 / director）            demo-admin（平台管理人员 / platform admin）',
    );
  }
  lines.push('  按 Ctrl+C 停止 / press Ctrl+C to stop', '');
  return lines.join('\n');
}
