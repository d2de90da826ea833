import { createTestRuntime } from '../../support/runtime';
import { describePromiseFigures } from './promise-figures-suite';

describePromiseFigures('the embedded SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
