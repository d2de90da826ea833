import { createTestRuntime } from '../../support/runtime';
import { describeTransferredIn } from './transferred-suite';

describeTransferredIn('the SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
