import { createTestRuntime } from '../../support/runtime';
import { describePeopleSuite } from './suite';

describePeopleSuite('the embedded store (SQLite)', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
