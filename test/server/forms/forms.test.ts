import { createTestRuntime } from '../../support/runtime';
import { describeBookingMessagesSuite, describeCourtesySuite, describeWithoutMiniProgramSuite } from './suite';

const sqlite = async () => {
  const runtime = await createTestRuntime();
  return { runtime, cleanup: async () => runtime.store.close() };
};

describeCourtesySuite('the embedded SQLite store', sqlite);
describeWithoutMiniProgramSuite('the embedded SQLite store', sqlite);
describeBookingMessagesSuite('the embedded SQLite store', sqlite);
