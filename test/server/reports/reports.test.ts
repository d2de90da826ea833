// The quarterly Word report renders a few hundred counts and two documents: more than the 5 s default on a loaded machine.
jest.setTimeout(60_000);

import { createTestRuntime } from '../../support/runtime';
import { describeReports } from './reports-suite';

describeReports('the embedded SQLite store', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
