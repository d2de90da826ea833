import { createTestRuntime } from '../../support/runtime';
import { describeReports } from './reports-suite';

describeReports('the embedded SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
