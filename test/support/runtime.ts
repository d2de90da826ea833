import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite';
import { fixedClock } from '../../src/server/ports/clock';
import type { Runtime } from '../../src/server/core/define';
import type { PlatformIdentity } from '../../src/server/ports/identity';
import type { SubscribeMessage, SubscribeSender } from '../../src/server/ports/sender';
import { collections } from '../../src/server/store/collections';
import { seedIfEmpty } from '../../src/server/seed';

/** The instant tests run at unless they say otherwise: Thursday 2026-11-26 10:00 in Beijing. */
export const FIXED_NOW = Date.parse('2026-11-26T10:00:00+08:00');

/** A subscribe sender that records what it was asked to send and always succeeds. */
export interface RecordingSender extends SubscribeSender {
  sent: SubscribeMessage[];
}

/**
 * @example
 * const sender = recordingSender(); await sender.send(msg); sender.sent.length // 1
 */
export function recordingSender(): RecordingSender {
  const sent: SubscribeMessage[] = [];
  return { sent, send: async (message) => (sent.push(message), { sent: true }) };
}

export interface TestRuntime extends Runtime {
  store: SqliteStore;
  sender: RecordingSender;
}

/**
 * A Runtime on a fresh in-memory SQLite store with a fixed clock; seeded with the station's
 * content and demo accounts unless `seed: false`. Close `runtime.store` in afterEach.
 *
 * @example
 * const runtime = await createTestRuntime();
 * await invoke(info, { action: 'overview' }, as.anonymous, runtime);
 */
export async function createTestRuntime(options: { now?: number; seed?: boolean } = {}): Promise<TestRuntime> {
  const now = options.now ?? FIXED_NOW;
  const store = openSqliteStore({ file: ':memory:' });
  if (options.seed !== false) await seedIfEmpty(store, now);
  return { store, clock: fixedClock(now), sender: recordingSender(), templates: {} };
}

/** Platform identities of the seeded demo accounts, and of nobody. */
export const as = {
  anonymous: { openid: null } as PlatformIdentity,
  resident: { openid: 'demo-resident' } as PlatformIdentity,
  stranger: { openid: 'someone-new' } as PlatformIdentity,
  staff: { openid: 'demo-staff' } as PlatformIdentity,
  director: { openid: 'demo-director' } as PlatformIdentity,
  admin: { openid: 'demo-admin' } as PlatformIdentity,
  timer: { openid: null, trigger: true } as PlatformIdentity,
};

/**
 * Every document of every collection, sorted by id: compare two snapshots to prove that a
 * refused call wrote nothing.
 *
 * @example
 * const before = await snapshot(store); await invoke(...); expect(await snapshot(store)).toEqual(before);
 */
export async function snapshot(store: SqliteStore): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(collections)) {
    out[name] = await store.find(name, { orderBy: [['_id', 'asc']], limit: 1000 });
  }
  return out;
}
