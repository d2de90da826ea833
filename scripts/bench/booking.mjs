// booking_per_s, booking_p99_ms, booking_overbooked (issue 4): 200 concurrent clients book office
// slots through `invoke` (the path the gateway takes) on the embedded store in a temp SQLite
// file. Realistic load: 2000 residents over about 40 working days of slots, 6 places each, most
// wanting the first two weeks' mornings among the slots shown free; clients racing for the same
// place get SLOT_FULL and pick another, as a person would. Afterwards every slot's bookings are
// counted against its capacity (and its counter): booking_overbooked must be 0. Bounded: a fixed
// number of bookings.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, percentile } from './util.mjs';

const CLIENTS = 200;
const BOOKINGS = 2000;
const NOW = Date.parse('2026-11-26T10:00:00+08:00');

const ENTRY = `
export { openSqliteStore } from './src/server/store/sqlite';
export { seedIfEmpty } from './src/server/seed';
export { invoke } from './src/server/core/invoke';
export { appointments } from './src/server/functions/appointments';
export { fixedClock } from './src/server/ports/clock';
export { inboxOnlySender } from './src/server/notify/inbox-only-sender';
export { slotCapacity } from './src/domain/slots';
`;

/**
 * One CommonJS bundle of what the bench drives; npm packages (better-sqlite3) stay external, so
 * the bundle lives under the project (dist/bench) where node_modules resolves.
 */
async function bundle(root) {
  const outfile = join(root, 'dist', 'bench', 'booking.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    packages: 'external', logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(join(root, 'package.json'))(outfile);
}

/** A small deterministic random source, so runs are comparable. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Every (date, start) offered, from the function itself (what a resident's page sees). */
async function offered(m, runtime) {
  const res = await m.invoke(m.appointments, { action: 'slots' }, { openid: 'bench-viewer' }, runtime);
  if (!res.ok) throw new Error(`slots failed: ${res.error.message}`);
  return res.data.days.flatMap((d) => d.slots.map((s) => ({ date: d.date, start: s.start, morning: s.start < '12:00' })));
}

/**
 * Slot choice as people make it on the page: 70 % want a morning of the first ten bookable
 * days, the rest any slot, always among the slots the page shows free. A SLOT_FULL answer makes
 * the page reload, so that slot is no longer offered to anyone afterwards; contention comes from
 * clients racing for the same free slot.
 */
function chooser(slots, random) {
  const days = [...new Set(slots.map((s) => s.date))].slice(0, 10);
  const full = new Set();
  const popular = slots.filter((s) => s.morning && days.includes(s.date));
  const free = (list) => list.filter((s) => !full.has(`${s.date} ${s.start}`));
  return {
    pick() {
      const popularFree = free(popular);
      const from = random() < 0.7 && popularFree.length > 0 ? popularFree : free(slots);
      return from[Math.floor(random() * from.length)];
    },
    markFull: (slot) => full.add(`${slot.date} ${slot.start}`),
  };
}

/** Counts, per slot, bookings held against its capacity; also checks the counters agree. */
async function audit(m, store, capacityPerSlot) {
  const held = new Map();
  for (let offset = 0; ; offset += 1000) {
    const page = await store.find('appointments', { where: { status: 'booked' }, orderBy: [['_id', 'asc']], limit: 1000, offset });
    for (const a of page) held.set(`slot:${a.date}:${a.start}`, (held.get(`slot:${a.date}:${a.start}`) ?? 0) + 1);
    if (page.length < 1000) break;
  }
  let overbooked = 0;
  let mismatched = 0;
  for (let offset = 0; ; offset += 1000) {
    const page = await store.find('appointmentSlots', { orderBy: [['_id', 'asc']], limit: 1000, offset });
    for (const c of page) {
      const n = held.get(c._id) ?? 0;
      overbooked += Math.max(0, n - m.slotCapacity(capacityPerSlot, c.withdrawn));
      if (n !== c.booked) mismatched++;
      held.delete(c._id);
    }
    if (page.length < 1000) break;
  }
  for (const n of held.values()) overbooked += n; // bookings without any counter would be unchecked places
  return { overbooked, mismatched };
}

export async function benchBooking(root) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-booking-'));
  const m = await bundle(root);
  const store = m.openSqliteStore({ file: join(dir, 'station.sqlite') });
  try {
    await m.seedIfEmpty(store, NOW);
    const runtime = { store, clock: m.fixedClock(NOW), sender: m.inboxOnlySender, templates: {} };
    const settings = { capacityPerSlot: 6, horizonDays: 60 };
    const set = await m.invoke(m.appointments, { action: 'updateSettings', ...settings }, { openid: 'demo-admin' }, runtime);
    if (!set.ok) throw new Error(`settings failed: ${set.error.message}`);
    const choice = chooser(await offered(m, runtime), rng(4));
    let next = 0;
    let attempts = 0;
    let full = 0;
    const latencies = [];
    const client = async () => {
      while (next < BOOKINGS) {
        const person = `bench-${next++}`;
        for (let tries = 0; tries < 20; tries++) {
          const slot = choice.pick();
          if (!slot) return;
          const t = process.hrtime.bigint();
          const res = await m.invoke(m.appointments, {
            action: 'book', service: 'consultation', date: slot.date, start: slot.start, requestId: `${person}-${tries}-req`,
          }, { openid: person }, runtime);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          attempts++;
          if (res.ok) break;
          if (res.error.code !== 'SLOT_FULL') throw new Error(`book failed: ${res.error.code} ${res.error.message}`);
          full++;
          choice.markFull(slot);
        }
      }
    };
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const booked = await store.count('appointments', { status: 'booked' });
    const { overbooked, mismatched } = await audit(m, store, settings.capacityPerSlot);
    emit('booking_per_s', booked / seconds, 'bookings/s', '>= 500');
    emit('booking_p99_ms', percentile(latencies, 99), 'ms', 'informational');
    emit('booking_overbooked', overbooked + mismatched, 'places', '= 0');
    emit('booking_attempts_per_s', attempts / seconds, 'calls/s', 'informational');
    emit('booking_slot_full_share', full / attempts, 'ratio', 'informational');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  await benchBooking(join(fileURLToPath(import.meta.url), '..', '..', '..'));
}
