import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '../../src/server/functions';

const root = join(__dirname, '..', '..');
let out: string;

/** Runs `code` in a fresh node process with `env`, returning its stdout (fails the test on a non-zero exit). */
function nodeEval(code: string, env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20000 });
  if (r.status !== 0) throw new Error(`node -e failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'functions-'));
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-functions.mjs'), '--out', out, '--quiet'], { cwd: root, encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`bundle-functions failed: ${r.stderr}`);
}, 130000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(functions.map((f) => [f.name, f] as const))('bundle of %s', (name, fn) => {
  const bundle = () => join(out, name, 'index.js');

  it('loads in a fresh node process and exports main for that function', () => {
    const probe = `const m = require(${JSON.stringify(bundle())}); process.stdout.write(JSON.stringify([typeof m.main, m.main.definition.name]))`;
    expect(JSON.parse(nodeEval(probe))).toEqual(['function', name]);
  });

  it('contains neither better-sqlite3 nor the embedded store', () => {
    const code = readFileSync(bundle(), 'utf8');
    expect(code).not.toMatch(/better-sqlite3|better_sqlite3/);
    expect(code).not.toMatch(/journal_mode/);
  });

  it('answers a call end to end through the real SDK entry (unknown action → structured error)', () => {
    const call = `require(${JSON.stringify(bundle())}).main({ action: 'noSuchAction' }, {}).then((r) => process.stdout.write(JSON.stringify(r)))`;
    const result = JSON.parse(nodeEval(call, { TENCENTCLOUD_SECRETID: 'x', TENCENTCLOUD_SECRETKEY: 'x', TCB_ENV: 'test-env' }));
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_ACTION', message: expect.stringMatching(/[\u4e00-\u9fff]/), field: 'action' } });
  });

  it('writes config.json with the timer trigger (7-field cron) and a minimal package.json', () => {
    const config = JSON.parse(readFileSync(join(out, name, 'config.json'), 'utf8'));
    const source = JSON.parse(readFileSync(join(root, 'cloudfunctions', name, 'config.json'), 'utf8'));
    expect(config.triggers).toEqual(fn.timer ? [{ name: `${name}Timer`, type: 'timer', config: fn.timer.cron }] : []);
    for (const t of config.triggers) expect(t.config.split(' ')).toHaveLength(7);
    expect(config.permissions).toEqual(source.permissions);
    const pkg = JSON.parse(readFileSync(join(out, name, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name, main: 'index.js' });
    expect(pkg.dependencies).toBeUndefined();
  });
});
