import { createTestRuntime } from '../../support/runtime';
import { describeReportClocks } from './report-clocks-suite';

describeReportClocks('the embedded SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
