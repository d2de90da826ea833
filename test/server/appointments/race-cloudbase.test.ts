import tcb from '@cloudbase/node-sdk';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore } from '../../../src/server/store/cloudbase';
import { fixedClock } from '../../../src/server/ports/clock';
import { seedIfEmpty } from '../../../src/server/seed';
import { cloudFunctionEnv, startCloudbaseDouble } from '../../support/cloudbase-double';
import { FIXED_NOW, recordingSender } from '../../support/runtime';
import { describeBookingRace } from './race-suite';

// Every store call is a signed HTTP request to the double, which runs in this test's own process;
// 200 racing transactions take a while, and on a loaded CI machine a request can wait in that one
// event loop past the SDK's default 15 s timeout (it then fails as 系统繁忙, not as a lost race).
// The SDK's timeout is a property of the network, not of the rule under test, so it is raised here.
const SDK_TIMEOUT_MS = 120_000;
jest.setTimeout(180_000);

// Run the SDK as inside a cloud function (see cloudFunctionEnv): no metadata probes, no keep-alive.
const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});

describeBookingRace('the CloudBase store (real SDK against the local double)', async () => {
  const double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  const app = tcb.init({ env: double.env, serviceUrl: double.serviceUrl, secretId: 'dummy', secretKey: 'dummy', timeout: SDK_TIMEOUT_MS });
  const store = createCloudbaseStore(app);
  await seedIfEmpty(store, FIXED_NOW);
  return { runtime: { store, clock: fixedClock(FIXED_NOW), sender: recordingSender(), templates: {} }, cleanup: () => double.close() };
}, 200, { mayConflict: true });
