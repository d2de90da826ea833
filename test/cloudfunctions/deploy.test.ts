import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/deploy-functions.mjs driven by a fake @cloudbase/cli (and a fake WeChat uploader) in a
// throw-away project: what it runs, and that it exits non-zero whenever anything is not deployed.
const root = join(__dirname, '..', '..');
const rc = JSON.parse(readFileSync(join(root, 'cloudbaserc.json'), 'utf8'));
const names: string[] = rc.functions.map((f: { name: string }) => f.name);

/** A fake `tcb`: logs its argv, then answers as the scenario says (deploy exit code, fn detail JSON). */
const FAKE_CLI = `
const fs = require('node:fs');
const [,, ...argv] = process.argv;
fs.appendFileSync(process.env.FAKE_LOG, JSON.stringify(argv) + '\\n');
const scenario = JSON.parse(process.env.FAKE_SCENARIO);
const name = argv[2];
const fn = scenario[name] ?? {};
if (argv[0] === 'upload' || argv.includes('--path')) process.exit(fn.uploadExit ?? 0);
if (argv[1] === 'deploy') { console.log(fn.deployExit ? 'deploy failed' : '部署成功'); process.exit(fn.deployExit ?? 0); }
if (argv[1] === 'detail') {
  if (fn.missing) { console.error('ResourceNotFound.Function'); process.exit(1); }
  console.log('✔ 获取函数详情');
  console.log(JSON.stringify({ data: { FunctionName: name, Status: fn.status ?? 'Active', Runtime: fn.runtime ?? 'Nodejs18.15', Timeout: fn.timeout, Triggers: fn.triggers ?? [] } }));
}
`;

let dir: string;
let log: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  log = join(dir, 'calls.log');
  writeFileSync(join(dir, 'fake-tcb.cjs'), FAKE_CLI);
  cpSync(join(root, 'cloudbaserc.json'), join(dir, 'cloudbaserc.json'));
  for (const name of names) {
    mkdirSync(join(dir, 'dist', 'functions', name), { recursive: true });
    writeFileSync(join(dir, 'dist', 'functions', name, 'index.js'), 'exports.main = async () => ({})');
    cpSync(join(root, 'cloudfunctions', name, 'config.json'), join(dir, 'dist', 'functions', name, 'config.json'));
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A scenario where every function is deployed as cloudbaserc.json says. */
function healthy(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(rc.functions.map((f: { name: string; timeout: number; triggers: Array<{ name: string; config: string }> }) => [
    f.name,
    { timeout: f.timeout, triggers: f.triggers.map((t) => ({ Type: 'timer', TriggerName: t.name, TriggerDesc: JSON.stringify({ cron: t.config }) })) },
  ]));
}

function deploy(scenario: Record<string, Record<string, unknown>>, extra: string[] = []) {
  const fake = `${process.execPath} ${join(dir, 'fake-tcb.cjs')}`;
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'deploy-functions.mjs'), '--dir', dir, '--env', 'prod-1a2b', '--cli', fake, '--uploader', fake, ...extra], {
    encoding: 'utf8', env: { PATH: process.env.PATH ?? '', FAKE_LOG: log, FAKE_SCENARIO: JSON.stringify(scenario) }, timeout: 60_000,
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]) : [];
  return { status: r.status, out: r.stdout + r.stderr, calls };
}

describe('scripts/deploy-functions.mjs with a fake CLI', () => {
  it('deploys every function with --force to the named environment, uploads the scheduler and people (their cloud calls) through WeChat, checks each, and exits 0', () => {
    const { status, out, calls } = deploy(healthy(), ['--appid', 'wx0000000000000000', '--private-key', 'key.pem']);
    expect(out).toContain(`all ${names.length} functions deployed and checked`);
    expect(status).toBe(0);
    for (const name of names) {
      expect(calls).toContainEqual(['fn', 'deploy', name, '--force', '-e', 'prod-1a2b']);
      expect(calls).toContainEqual(['fn', 'detail', name, '--json', '-e', 'prod-1a2b']);
    }
    const uploads = calls.filter((c) => c.includes('--path'));
    expect(uploads).toHaveLength(2);
    expect(uploads).toContainEqual(expect.arrayContaining(['--name', 'scheduler', '--appid', 'wx0000000000000000', '--env', 'prod-1a2b']));
    expect(uploads).toContainEqual(expect.arrayContaining(['--name', 'people', '--appid', 'wx0000000000000000', '--env', 'prod-1a2b']));
  });

  it('exits non-zero when the CLI "succeeds" but a function is not there afterwards (not signed in, skipped)', () => {
    const { status, out } = deploy({ ...healthy(), tickets: { missing: true } }, ['--appid', 'wx0', '--private-key', 'k']);
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL tickets .*no JSON/);
    expect(out).toContain(`1 of ${names.length} functions NOT deployed`);
  });

  it('exits non-zero when a function failed to deploy, or is left Updating/Failed, or lost its timer, yet tries every function', () => {
    const s = healthy();
    s.info = { ...s.info, deployExit: 1 };
    s.admin = { ...s.admin, status: 'CreateFailed' };
    s.scheduler = { ...s.scheduler, triggers: [] };
    const { status, out, calls } = deploy(s, ['--appid', 'wx0', '--private-key', 'k']);
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL info .*tcb fn deploy exited 1/);
    expect(out).toMatch(/FAIL admin .*status CreateFailed/);
    expect(out).toMatch(/FAIL scheduler .*timer triggers/);
    expect(calls.filter((c) => c[1] === 'detail')).toHaveLength(names.length);
  });

  it('reports the scheduler NOT deployed when nothing applies its subscribeMessage.send permission (no WeChat upload key)', () => {
    const { status, out, calls } = deploy(healthy());
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL scheduler .*subscribeMessage\.send.*WeChat DevTools/);
    expect(calls.some((c) => c.includes('--path'))).toBe(false);
  });

  it('refuses to start without an environment, and fails a function whose bundle is missing', () => {
    const noEnv = spawnSync(process.execPath, [join(root, 'scripts', 'deploy-functions.mjs'), '--dir', dir], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(noEnv.status).not.toBe(0);
    expect(noEnv.stderr).toMatch(/ENV_ID/);
    rmSync(join(dir, 'dist', 'functions', 'info', 'index.js'));
    const { status, out } = deploy(healthy(), ['--appid', 'wx0', '--private-key', 'k', '--only', 'info']);
    expect(status).toBe(1);
    expect(out).toMatch(/FAIL info .*npm run build:functions/);
  });
});
