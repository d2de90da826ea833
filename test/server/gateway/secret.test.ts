import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSessionSecret } from '../../../src/server/gateway/secret';

describe('loadSessionSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses SESSION_SECRET when it is set', () => {
    expect(loadSessionSecret({ SESSION_SECRET: 'from-env' }, dir)).toBe('from-env');
  });

  it('creates a random key in DATA_DIR once and reuses it after a restart', () => {
    const first = loadSessionSecret({}, join(dir, 'data'));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadSessionSecret({}, join(dir, 'data'))).toBe(first);
    expect(readFileSync(join(dir, 'data', 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'data', 'session-secret')).mode & 0o077).toBe(0);
  });

  it('gives each new data directory its own key', () => {
    expect(loadSessionSecret({}, join(dir, 'a'))).not.toBe(loadSessionSecret({}, join(dir, 'b')));
  });
});
