import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { collections } from '../../src/server/store/collections';
import { startCloudbaseDouble, cloudFunctionEnv, type CloudbaseDouble } from '../support/cloudbase-double';

// The deployable bundles, run in fresh node processes exactly as CloudBase would load them:
// `TCB_CONTEXT_CNFG` points the real SDK at the local double of CloudBase's HTTP API, and the
// caller's identity arrives the way the platform sends it (WX_OPENID via WX_CONTEXT_KEYS,
// TRIGGER_SRC for timers) — never in the payload.
jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
const run = promisify(execFile);
let out: string;
let double: CloudbaseDouble;

/** Calls `main(event, {})` of a bundled function in a fresh process with the platform's variables. */
async function callBundle(name: string, event: unknown, platformVars: Record<string, string>) {
  const code = `require(${JSON.stringify(join(out, name, 'index.js'))}).main(${JSON.stringify(event)}, {}).then((r) => process.stdout.write(JSON.stringify(r)))`;
  const { stdout } = await run(process.execPath, ['-e', code], {
    timeout: 30_000,
    env: {
      PATH: process.env.PATH ?? '',
      ...cloudFunctionEnv(double),
      TCB_ENV: double.env,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: double.serviceUrl }),
      TENCENTCLOUD_SECRETID: 'dummy',
      TENCENTCLOUD_SECRETKEY: 'dummy',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
      ...platformVars,
    },
  });
  return JSON.parse(stdout);
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'functions-e2e-'));
  await run(process.execPath, [join(root, 'scripts', 'bundle-functions.mjs'), '--out', out, '--only', 'info,scheduler', '--quiet'], { cwd: root, timeout: 120_000 });
  double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  double.seed('staff', [{ _id: 'staff-9', openid: 'oStaff9', name: '王主任', roles: ['staff', 'director'], active: true, order: 1 }]);
}, 130_000);
afterAll(async () => {
  await double?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('bundled functions against the CloudBase double', () => {
  it('run from a folder with no node_modules anywhere above it (everything they need is in the bundle)', () => {
    for (let dir = join(out, 'info'); ; dir = dirname(dir)) {
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      if (dirname(dir) === dir) break;
    }
  });

  it('the scheduler sends a due subscribe message the documented way: wx-server-sdk cloud.openapi (wx.openApi, protobuf)', async () => {
    const lapsed = Date.parse('2025-10-09T01:00:00Z');
    double.seed('outbox', [{
      _id: 'late:t-1', recipient: { openid: 'oResident1' }, recipientKey: 'openid:oResident1', purpose: 'deadlineLate',
      title: '办理超期说明', body: '您的投诉答复已超过承诺时限，工作站正在加紧办理。', link: 'packages/resident/pages/tickets/index',
      createdAt: lapsed, state: 'sending', attempts: 1, nextAttemptAt: lapsed, claim: `${lapsed}:1`, claimedAt: lapsed,
      consentHeld: { openid: 'oResident1', templateId: 'T-LATE' },
    }]);
    const result = await callBundle('scheduler', { Type: 'Timer', TriggerName: 'schedulerTimer', Time: '2025-10-09T02:00:00Z' }, { TRIGGER_SRC: 'timer' });
    expect(result).toMatchObject({ ok: true, data: { outbox: expect.objectContaining({ sent: 1 }) } });
    expect(double.openApiCalls).toEqual([{
      apiName: 'subscribeMessage.send', apiType: 0,
      data: expect.objectContaining({ touser: 'oResident1', template_id: 'T-LATE', page: 'packages/resident/pages/tickets/index', miniprogram_state: 'formal' }),
    }]);
  });

  it('info.me names a staff member from the staff collection by the OPENID the platform gives', async () => {
    const result = await callBundle('info', { action: 'me' }, { WX_OPENID: 'oStaff9', WX_APPID: 'wx123' });
    expect(result).toEqual({ ok: true, data: { kind: 'staff', name: '王主任', roles: ['staff', 'director'] } });
    expect(double.requests.some((r) => r.action === 'database.getDocument')).toBe(true);
  });

  it('accepts the userInfo WeChat injects into every event, and takes no identity from it', async () => {
    const injected = { action: 'me', userInfo: { appId: 'wx123', openId: 'oStaff9' } };
    expect(await callBundle('info', injected, { WX_OPENID: 'oResident1' })).toEqual({ ok: true, data: { kind: 'resident' } });
    expect(await callBundle('info', injected, {})).toEqual({ ok: true, data: { kind: 'anonymous' } });
  });

  it('a timer trigger runs scheduler.tick as the system', async () => {
    const result = await callBundle('scheduler', { Type: 'Timer', TriggerName: 'schedulerTimer', Time: '2025-10-09T02:00:00Z' }, { TRIGGER_SRC: 'timer' });
    expect(result).toMatchObject({ ok: true, data: { outbox: expect.any(Object) } });
  });

  it('a WeChat user sending a timer-shaped payload to scheduler is refused', async () => {
    const result = await callBundle('scheduler', { Type: 'Timer', TriggerName: 'schedulerTimer', action: 'tick' }, { WX_OPENID: 'oResident1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
