import { createEmbeddedRuntime } from '../../../src/server/runtime/embedded';
import { loadCalendar, startClock, type StartClockInput } from '../../../src/server/deadlines';
import { fixedClock } from '../../../src/server/ports/clock';

/**
 * Opens the station's store in `dataDir` as `npm start` would (seeding the station and the demo
 * accounts) at the instant `at`, and starts one deadline clock with the real `startClock` — what
 * a complaint or referral action will do once it exists. Closes the store before the gateway
 * opens it. The scheduler itself is left to the running station.
 *
 * @example await seedClock(dataDir, '2026-11-16T10:00:00+08:00', { subject: { type: 'complaint', id: 'c1' }, … });
 */
export async function seedClock(dataDir: string, at: string, clock: Omit<StartClockInput, 'startedAt'>): Promise<void> {
  const startedAt = Date.parse(at);
  const { runtime, close } = await createEmbeddedRuntime({ dataDir, clock: fixedClock(startedAt), templates: {} });
  try {
    const calendar = await loadCalendar(runtime.store);
    const res = await runtime.store.transaction((tx) => startClock(tx, { ...clock, startedAt }, calendar));
    if (!res.ok) throw new Error(`could not start the clock: ${res.error.message}`);
  } finally {
    await close();
  }
}
