import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { functions } from '../functions';
import { createEmbeddedRuntime } from '../runtime/embedded';
import { scheduleTimers } from '../runtime/timers';
import { clockFromEnv } from '../runtime/clock-from-env';
import { createGateway } from './server';
import { loadSessionSecret } from './secret';

export interface StartOptions {
  port: number;
  dataDir: string;
  production: boolean;
  staticDir?: string;
  /**
   * Interface to bind: loopback (`127.0.0.1`) unless given. `HOST=0.0.0.0` opens it to the LAN
   * (a phone on the same Wi-Fi) — and, outside production, the demo sign-in with it.
   */
  host?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

/** Where `npm start` listens unless `HOST` says otherwise. */
export const LOOPBACK = '127.0.0.1';

export interface Started {
  url: string;
  /** The bound address, e.g. `127.0.0.1` or `0.0.0.0`. */
  address: string;
  port: number;
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
  const embedded = await createEmbeddedRuntime({ dataDir: options.dataDir, clock: clockFromEnv(env, options.production), production: options.production });
  const timers = scheduleTimers(functions, embedded.runtime);
  if (tickOnStart(env, options.production)) await timers.runNow();
  const server = createGateway({
    runtime: embedded.runtime,
    functions,
    staticDir: options.staticDir,
    production: options.production,
    sessionSecret: loadSessionSecret(env, options.dataDir),
    health: { store: 'sqlite', timers: timers.scheduled },
    files: embedded.runtime.files,
    log: options.log,
    logAll: env.LOG_REQUESTS === '1',
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? LOOPBACK, () => done());
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address === LOOPBACK ? 'localhost' : address.includes(':') ? `[${address}]` : address}:${port}`,
    address,
    port,
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
 * The start options `npm start` reads from its environment: PORT (3000), HOST (loopback),
 * DATA_DIR (./data), NODE_ENV=production, STATIC_DIR (dist/h5).
 *
 * @example
 * optionsFromEnv({}).host // '127.0.0.1'
 * optionsFromEnv({ HOST: '0.0.0.0' }).host // '0.0.0.0'
 */
export function optionsFromEnv(env: Record<string, string | undefined>): StartOptions {
  return {
    port: Number(env.PORT || 3000),
    host: env.HOST || LOOPBACK,
    dataDir: resolve(env.DATA_DIR || './data'),
    production: env.NODE_ENV === 'production',
    staticDir: resolve(env.STATIC_DIR || 'dist/h5'),
    env,
  };
}

/**
 * `npm start`: reads PORT, HOST, DATA_DIR, NODE_ENV, STATIC_DIR; prints where to go and how to
 * sign in; stops cleanly on SIGINT/SIGTERM.
 *
 * @example
 * runFromEnv(process.env);
 */
export async function runFromEnv(env: Record<string, string | undefined>): Promise<void> {
  const options = optionsFromEnv(env);
  const production = options.production;
  const started = await startGateway({ ...options, log: (line) => console.log(line) });
  console.log(banner(started.url, production, lanUrls(started.address, started.port)));
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

/**
 * The addresses a phone on the LAN can open when the gateway listens on every interface
 * (`HOST=0.0.0.0` or `::`); none when it listens on one address.
 *
 * @example
 * lanUrls('127.0.0.1', 3000) // []
 * lanUrls('0.0.0.0', 3000) // ['http://192.168.1.20:3000']
 */
export function lanUrls(address: string, port: number): string[] {
  if (address !== '0.0.0.0' && address !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && !i.internal && i.family === 'IPv4')
    .map((i) => `http://${i.address}:${port}`);
}

/** What `npm start` prints: the address, the LAN addresses when open to it, and, outside production, the demo sign-in. */
export function banner(url: string, production: boolean, lan: string[] = []): string {
  const lines = [
    '',
    `西山镇公共法律服务工作站 已启动 / Xishan legal service station is running`,
    `  打开 / open:  ${url}`,
    `  健康检查 / health: ${url}/healthz`,
  ];
  if (lan.length > 0) {
    lines.push(`  局域网 / LAN:  ${lan.join('  ')}`);
    if (!production) lines.push('  注意：同一网络里的任何人都能用演示账号（含管理员）登录 / anyone on this network can sign in as the demo admin');
  } else {
    lines.push('  只在本机可用；手机试用请设 HOST=0.0.0.0 / loopback only; set HOST=0.0.0.0 to try it from a phone');
  }
  if (production) {
    lines.push('  生产模式：没有演示登录 / production mode: demo sign-in is disabled');
  } else {
    lines.push(
      '  演示登录 / demo sign-in: POST /api/dev/sign-in {"openid": "…"}',
      '    demo-resident（居民，75 岁 / resident aged 75）  demo-staff（窗口工作人员 / window staff）',
      '    demo-director（工作站主任 / director）            demo-admin（平台管理人员 / platform admin）',
      '    demo-legal-aid-worker（法律援助律师 / legal-aid worker）',
      '    demo-archivist（档案管理人员 / archivist）',
    );
  }
  lines.push('  按 Ctrl+C 停止 / press Ctrl+C to stop', '');
  return lines.join('\n');
}
