import { createTestRuntime } from '../../support/runtime';
import { describeRatingTrust } from './trust-suite';

describeRatingTrust('SQLite', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
