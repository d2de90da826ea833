/**
 * Benchmark support for `npm run bench` (issue 15): seeds a month of 10,000 walk-in and phone
 * registrations (and the same again of other months and channels, which the volume must leave out)
 * and times the real `buildMonthlyVolume` binding them into one volume.
 */
import type { Store } from '../../../src/server/ports/store';
import type { Ctx } from '../../../src/server/core/define';
import { buildMonthlyVolume } from '../../../src/server/archives/build';
import { seedIfEmpty } from '../../../src/server/seed';
import { benchTicket } from './tickets';

const MONTH_START = Date.parse('2026-11-01T00:00:00+08:00');
const MONTH_MS = 30 * 86_400_000;

/**
 * @example await benchMonthlyVolume({ store, registrations: 10_000 }) // { buildMs: 900, itemCount: 10000 }
 */
export async function benchMonthlyVolume(input: { store: Store; registrations: number }): Promise<{ buildMs: number; itemCount: number; againMs: number }> {
  const { store, registrations } = input;
  const now = Date.parse('2026-12-02T09:30:00+08:00');
  await seedIfEmpty(store, now);
  const docs = [];
  for (let i = 0; i < registrations * 2; i += 1) {
    const t = benchTicket(i + 1, now, 20);
    const inMonth = i % 2 === 0;
    t.channel = inMonth ? (i % 4 === 0 ? 'walkIn' : 'phone') : (i % 3 === 0 ? 'online' : 'walkIn');
    t.createdAt = inMonth ? MONTH_START + Math.floor((i / (registrations * 2)) * MONTH_MS) : MONTH_START - 86_400_000 - i * 1000;
    docs.push(t);
  }
  const bulk = (store as Store & { insertMany?: (c: string, d: unknown[]) => Promise<void> }).insertMany;
  for (let i = 0; i < docs.length; i += 1000) {
    const chunk = docs.slice(i, i + 1000);
    if (bulk) await bulk.call(store, 'tickets', chunk);
    else await store.transaction(async (tx) => { for (const d of chunk) await tx.put('tickets', d); });
  }
  const ctx: Ctx = {
    store, clock: { now: () => now }, sender: { send: async () => ({ sent: true }) }, templates: {}, now,
    actor: { kind: 'staff', openid: 'demo-admin', staffId: 'staff:demo-admin', name: '示例·赵某', roles: ['staff', 'admin'] },
  };
  const t0 = performance.now();
  const { volume } = await buildMonthlyVolume(ctx, { month: '2026-11' });
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  await buildMonthlyVolume(ctx, { month: '2026-11' });
  return { buildMs, itemCount: volume.itemCount, againMs: performance.now() - t1 };
}
