import { createTestRuntime } from '../../support/runtime';
import { describeCallbackRows } from './callback-rows-suite';

describeCallbackRows('the embedded SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
