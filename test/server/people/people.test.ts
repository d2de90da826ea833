import { createTestRuntime } from '../../support/runtime';
import { describePeopleSuite } from './suite';

// the machine is shared; a QR code and an .xlsx take a moment when it is busy
jest.setTimeout(30_000);

describePeopleSuite('the embedded store (SQLite)', async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: () => runtime.store.close() };
});
