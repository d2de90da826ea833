import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedRuntime } from '../../../src/server/runtime/embedded';
import { fixedClock } from '../../../src/server/ports/clock';
import { invoke } from '../../../src/server/core/invoke';
import { info } from '../../../src/server/functions/info';

const NOW = Date.parse('2025-10-09T10:00:00+08:00');

describe('createEmbeddedRuntime', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates DATA_DIR and station.db, seeded with the demo accounts', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const { runtime, close } = await createEmbeddedRuntime({ dataDir, clock: fixedClock(NOW) });
    try {
      expect(existsSync(join(dataDir, 'station.db'))).toBe(true);
      const me = await invoke(info, { action: 'me' }, { openid: 'demo-admin' }, runtime);
      expect(me).toMatchObject({ ok: true, data: { kind: 'staff' } });
      expect((me as any).data.roles).toContain('admin');
    } finally {
      await close();
    }
  });

  it('keeps data across restarts and does not seed twice', async () => {
    const first = await createEmbeddedRuntime({ dataDir: dir, clock: fixedClock(NOW) });
    const staffBefore = await first.runtime.store.count('staff');
    await first.close();
    const second = await createEmbeddedRuntime({ dataDir: dir, clock: fixedClock(NOW + 1000) });
    try {
      expect(staffBefore).toBeGreaterThanOrEqual(3);
      expect(await second.runtime.store.count('staff')).toBe(staffBefore);
    } finally {
      await second.close();
    }
  });

  it('sends no WeChat messages: the in-app inbox is the only channel', async () => {
    const { runtime, close } = await createEmbeddedRuntime({ dataDir: dir, file: ':memory:', clock: fixedClock(NOW) });
    try {
      const outcome = await runtime.sender.send({ touser: 'demo-resident', templateId: 'T1', data: {} });
      expect(outcome).toMatchObject({ sent: false, retryable: false });
    } finally {
      await close();
    }
  });
});
