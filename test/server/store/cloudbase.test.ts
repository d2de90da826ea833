import tcb from '@cloudbase/node-sdk';
import { collections } from '../../../src/server/store/collections';
import { createCloudbaseStore, type CloudbaseApp } from '../../../src/server/store/cloudbase';
import { cloudFunctionEnv, startCloudbaseDouble, type CloudbaseDouble } from '../../support/cloudbase-double';
import { describeStoreContract } from './contract';

// Large bodies and real races take seconds when the machine is busy; they must not fail for that.
jest.setTimeout(60_000);

// Run the SDK as inside a cloud function (see cloudFunctionEnv): no metadata probes.
const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, cloudFunctionEnv({ env: 'test-env' })));
afterAll(() => {
  process.env = savedEnv;
});

/** The real SDK, pointed at a fresh double. */
async function connect(): Promise<{ double: CloudbaseDouble; app: CloudbaseApp }> {
  const double = await startCloudbaseDouble({ collections: Object.keys(collections) });
  const app = tcb.init(double.sdk);
  return { double, app };
}

describeStoreContract('cloudbase (real SDK against the local double)', async () => {
  const { double, app } = await connect();
  return {
    store: createCloudbaseStore(app),
    cleanup: () => double.close(),
    seed: async (c, docs) => double.seed(c, docs),
  };
});

describe('cloudbase store', () => {
  let double: CloudbaseDouble;
  let app: CloudbaseApp;
  beforeEach(async () => {
    ({ double, app } = await connect());
  });
  afterEach(async () => {
    await double.close();
  });

  it('sends a find as one getDocument and a transaction as start, document actions with its id, commit', async () => {
    const store = createCloudbaseStore(app);
    await store.find('content', { where: { kind: 'guide' }, orderBy: [['order', 'asc']], limit: 5 });
    await store.create('content', { _id: 'a', n: 1 });
    double.requests.length = 0;
    await store.transaction(async (tx) => {
      const a = await tx.get<{ _id: string; n: number }>('content', 'a');
      await tx.put('content', { _id: 'a', n: a!.n + 1 });
    });
    const txId = double.requests[1].transactionId;
    expect(txId).toEqual(expect.any(String));
    expect(double.requests).toEqual([
      { action: 'database.startTransaction' },
      { action: 'database.getDocument', transactionId: txId },
      { action: 'database.modifyDocument', transactionId: txId },
      { action: 'database.commitTransaction', transactionId: txId },
    ]);
    expect(double.activeTransactions()).toBe(0);
  });

  it('rolls the server-side transaction back when the callback throws', async () => {
    const store = createCloudbaseStore(app);
    await expect(store.transaction(async (tx) => {
      await tx.put('content', { _id: 'a' });
      throw new Error('stop');
    })).rejects.toThrow('stop');
    expect(double.requests.map((r) => r.action)).toContain('database.abortTransaction');
    expect(double.activeTransactions()).toBe(0);
  });

  it('reruns a transaction that lost a write conflict and gives up with CONFLICT after maxAttempts', async () => {
    const store = createCloudbaseStore(app, { maxAttempts: 3, sleep: async () => undefined });
    const other = app.database() as unknown as { collection(n: string): { doc(id: string): { set(d: object): Promise<unknown> } } };
    await store.create('content', { _id: 'c', n: 0 });
    let runs = 0;
    const outcome = store.transaction(async (tx) => {
      runs += 1;
      const c = await tx.get<{ _id: string; n: number }>('content', 'c');
      await other.collection('content').doc('c').set({ n: 1000 + runs }); // someone else writes first
      await tx.update('content', 'c', { n: c!.n + 1 });
    });
    await expect(outcome).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(runs).toBe(3);
    expect(await store.get('content', 'c')).toEqual({ _id: 'c', n: 1003 });
  });

  it('really collides in the counter race (the contract test is not passing by luck) and still counts to 100', async () => {
    const store = createCloudbaseStore(app);
    await store.create('content', { _id: 'counter', n: 0 });
    let runs = 0;
    const worker = async () => {
      for (let i = 0; i < 30; i += 1) {
        await store.transaction(async (tx) => {
          runs += 1;
          const c = await tx.get<{ _id: string; n: number }>('content', 'counter');
          await tx.update('content', 'counter', { n: c!.n + 1 });
        });
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(await store.get('content', 'counter')).toEqual({ _id: 'counter', n: 90 });
    expect(double.errors.DATABASE_TRANSACTION_CONFLICT).toBeGreaterThan(0);
    expect(runs).toBe(90 + double.errors.DATABASE_TRANSACTION_CONFLICT);
    expect(double.activeTransactions()).toBe(0);
  });

  it('answers a plain Error, not a crash, when the collection does not exist in the environment', async () => {
    const bare = await startCloudbaseDouble({ collections: [] });
    const store = createCloudbaseStore(tcb.init({ env: bare.env, serviceUrl: bare.serviceUrl, secretId: 'x', secretKey: 'x' }));
    await expect(store.get('content', 'a')).rejects.toThrow(/DATABASE_COLLECTION_NOT_EXIST/);
    await bare.close();
  });
});

describe('the CloudBase double', () => {
  let double: CloudbaseDouble;
  let db: any;
  beforeEach(async () => {
    double = await startCloudbaseDouble();
    db = tcb.init(double.sdk).database();
  });
  afterEach(async () => {
    await double.close();
  });

  it('aborts the second of two transactions that write the same document, as the SDK expects', async () => {
    await db.collection('c').add({ _id: 'x', n: 0 });
    const a = await db.startTransaction();
    const b = await db.startTransaction();
    await a.collection('c').doc('x').update({ n: 1 });
    await expect(b.collection('c').doc('x').update({ n: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    await expect(b.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
    await a.commit();
    expect((await db.collection('c').doc('x').get()).data).toEqual([{ _id: 'x', n: 1 }]);
  });

  it('reads from the snapshot taken when the transaction started', async () => {
    await db.collection('c').add({ _id: 'x', n: 0 });
    const t = await db.startTransaction();
    await db.collection('c').doc('x').set({ n: 5 });
    expect((await t.collection('c').doc('x').get()).data).toEqual({ _id: 'x', n: 0 });
    await expect(t.collection('c').doc('x').set({ n: 1 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  });

  it('refuses a duplicate _id with the E11000 message and where-queries inside a transaction', async () => {
    await db.collection('c').add({ _id: 'x' });
    await expect(db.collection('c').add({ _id: 'x' })).rejects.toMatchObject({ message: expect.stringMatching(/E11000 duplicate key/) });
    const t = await db.startTransaction();
    await expect(t.collection('c').where({ a: 1 }).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('merges nested objects on a plain update, as CloudBase does (why the store uses _.set)', async () => {
    await db.collection('c').add({ _id: 'x', meta: { a: 1, b: 2 } });
    await db.collection('c').doc('x').update({ meta: { a: 5 } });
    expect((await db.collection('c').doc('x').get()).data[0]).toEqual({ _id: 'x', meta: { a: 5, b: 2 } });
  });
});
