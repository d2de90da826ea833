import { createTestRuntime } from '../../support/runtime';
import { describeBookingRace } from './race-suite';

describeBookingRace('the embedded store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
}, 200);
