import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { functions } from '../../src/server/functions';

const root = join(__dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
/** What config.json and cloudbaserc.json must say for a function's timer: one 7-field trigger or none. */
const expectedTriggers = (timer?: { cron: string }) => (timer ? [{ name: expect.any(String), type: 'timer', config: timer.cron }] : []);

describe('cloud function folders', () => {
  const folders = readdirSync(join(root, 'cloudfunctions'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('has exactly one folder per function of the registry', () => {
    expect([...folders].sort()).toEqual(functions.map((f) => f.name).sort());
  });

  it.each(functions.map((f) => [f.name, f] as const))('%s has index.ts and a config.json whose triggers match its timer', (name, fn) => {
    expect(existsSync(join(root, 'cloudfunctions', name, 'index.ts'))).toBe(true);
    const config = readJson(`cloudfunctions/${name}/config.json`);
    expect(config.triggers).toEqual(expectedTriggers(fn.timer));
    for (const t of config.triggers) expect(t.config.trim().split(/\s+/)).toHaveLength(7);
    expect(config.timeout).toBeGreaterThanOrEqual(3);
  });

  it('each index.ts exports main from cloudbaseMain and never the embedded store', () => {
    for (const name of folders) {
      const source = readFileSync(join(root, 'cloudfunctions', name, 'index.ts'), 'utf8');
      expect(source).toMatch(/export const main = cloudbaseMain\(/);
      expect(source).not.toMatch(/sqlite|runtime\/embedded|gateway/);
    }
  });
});

describe('cloudbaserc.json', () => {
  const rc = readJson('cloudbaserc.json');

  it('deploys the bundles from dist/functions to the environment named by ENV_ID', () => {
    expect(rc.functionRoot).toBe('./dist/functions');
    expect(rc.envId).toBe('{{env.ENV_ID}}');
  });

  it('lists every function once, bundled (no online npm install), with the same triggers and timeout as its config.json', () => {
    expect(rc.functions.map((f: { name: string }) => f.name).sort()).toEqual(functions.map((f) => f.name).sort());
    for (const fn of functions) {
      const entry = rc.functions.find((f: { name: string }) => f.name === fn.name);
      const config = readJson(`cloudfunctions/${fn.name}/config.json`);
      expect(entry).toMatchObject({ runtime: 'Nodejs18.15', handler: 'index.main', installDependency: false, timeout: config.timeout });
      expect(entry.triggers ?? []).toEqual(config.triggers);
    }
  });
});

describe('cloud calls (云调用) and deploy configuration', () => {
  it('cloudbaserc.json carries no $schema: the CLI\'s embedded one is the old Framework schema and marks a valid file invalid', () => {
    expect(readJson('cloudbaserc.json')).not.toHaveProperty('$schema');
  });

  it('each function declares exactly the cloud calls it makes through wx-server-sdk: the scheduler subscribeMessage.send, people wxacode.getUnlimited', () => {
    for (const fn of functions) {
      const source = readFileSync(join(root, 'cloudfunctions', fn.name, 'index.ts'), 'utf8');
      const openapi: string[] = readJson(`cloudfunctions/${fn.name}/config.json`).permissions?.openapi ?? [];
      const expected = [...(/wxCloudSender/.test(source) ? ['subscribeMessage.send'] : []), ...(/wxMiniProgramCode/.test(source) ? ['wxacode.getUnlimited'] : [])];
      expect(openapi).toEqual(expected);
    }
    expect(readFileSync(join(root, 'cloudfunctions', 'scheduler', 'index.ts'), 'utf8')).toMatch(/wxCloudSender/);
    expect(readFileSync(join(root, 'cloudfunctions', 'people', 'index.ts'), 'utf8')).toMatch(/wxMiniProgramCode/);
  });
});
