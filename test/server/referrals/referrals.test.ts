import { createTestRuntime } from '../../support/runtime';
import { describeReferrals } from './suite';

describeReferrals('the SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
