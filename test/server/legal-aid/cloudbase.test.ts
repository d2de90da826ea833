import tcb from '@cloudbase/node-sdk';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore } from '../../../src/server/store/cloudbase';
import { cloudFunctionEnv, startCloudbaseDouble } from '../../support/cloudbase-double';
import { describeLegalAidSuite } from './suite';

// Every store call is a signed HTTP request to the double: slower than SQLite, by design.
jest.setTimeout(60_000);

const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});

describeLegalAidSuite('the CloudBase store (real SDK against the local double)', async () => {
  const double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  const app = tcb.init(double.sdk);
  const store = createCloudbaseStore(app, { sleep: (ms) => new Promise((r) => setTimeout(r, ms / 5)) });
  return { store, cleanup: () => double.close() };
});
