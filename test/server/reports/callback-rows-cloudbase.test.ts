import tcb from '@cloudbase/node-sdk';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore } from '../../../src/server/store/cloudbase';
import { fixedClock } from '../../../src/server/ports/clock';
import { seedIfEmpty } from '../../../src/server/seed';
import { cloudFunctionEnv, startCloudbaseDouble } from '../../support/cloudbase-double';
import { FIXED_NOW, recordingSender } from '../../support/runtime';
import { describeCallbackRows } from './callback-rows-suite';

// Every store call (each count too) is a signed HTTP request to the double: slower than SQLite, by design.
jest.setTimeout(120_000);

const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});

describeCallbackRows('the CloudBase store (real SDK against the local double)', async () => {
  const double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  const app = tcb.init(double.sdk);
  const store = createCloudbaseStore(app);
  await seedIfEmpty(store, FIXED_NOW);
  return { runtime: { store, clock: fixedClock(FIXED_NOW), sender: recordingSender(), templates: {} }, cleanup: () => double.close() };
});
