/**
 * The one contract every Store adapter must keep. Run it with
 * `describeStoreContract('sqlite', async () => ({ store, cleanup }))`; each test gets a fresh,
 * empty store. `seed` (optional) loads many documents quickly, e.g. the SQLite `insertMany` or
 * the CloudBase double's direct load; without it documents are created one by one.
 */
import { AppError } from '../../../src/server/core/errors';
import type { Doc, Store } from '../../../src/server/ports/store';

export interface StoreFixture {
  store: Store;
  cleanup: () => Promise<void>;
  seed?: (collection: string, docs: Doc[]) => Promise<void>;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return err instanceof AppError ? err.code : `thrown:${(err as Error).message}`;
  }
  return 'resolved';
}

const ids = (docs: Doc[]) => docs.map((d) => d._id);

const people: Doc[] = [
  { _id: 'p1', kind: 'guide', order: 3, active: true, age: 75, meta: { level: 2, tag: 'a' } },
  { _id: 'p2', kind: 'guide', order: 1, active: false, age: 40, meta: { level: 1, tag: 'b' } },
  { _id: 'p3', kind: 'notice', order: 2, active: true, age: null, meta: { level: 3, tag: 'a' } },
  { _id: 'p4', kind: 'notice', order: 5, active: true, meta: { level: 2, tag: 'c' } },
  { _id: 'p5', kind: 'badge', order: 4, active: false, age: 70, meta: { level: 1 } },
  { _id: 'p6', kind: 'guide', order: 'x', active: true, age: 18, meta: { level: 9, tag: 'b' } },
];

/** Registers the whole contract for one adapter. @example describeStoreContract('sqlite', make) */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${name}`, () => {
    let fx: StoreFixture;
    let store: Store;
    const seed = (c: string, docs: Doc[]) =>
      fx.seed ? fx.seed(c, docs) : docs.reduce((p, d) => p.then(() => store.create(c, d)), Promise.resolve());

    beforeEach(async () => {
      fx = await makeStore();
      store = fx.store;
    });
    afterEach(async () => {
      await fx.cleanup();
    });

    describe('single documents', () => {
      it('answers null for a document that does not exist', async () => {
        expect(await store.get('content', 'nope')).toBeNull();
      });

      it('creates a document and reads back the same nested values, booleans and nulls', async () => {
        const doc = { _id: 'a', title: '法律援助', n: 1.5, big: 1767225600000, ok: false, none: null, list: [1, 'x', { y: true }], nested: { deep: { v: 'w' } } };
        await store.create('content', doc);
        expect(await store.get('content', 'a')).toEqual(doc);
      });

      it('refuses to create a second document with the same id and keeps the first', async () => {
        await store.create('content', { _id: 'dup', v: 1 });
        expect(await codeOf(store.create('content', { _id: 'dup', v: 2 }))).toBe('CONFLICT');
        expect(await store.get('content', 'dup')).toEqual({ _id: 'dup', v: 1 });
      });

      it('puts a new document and replaces an existing one whole', async () => {
        await store.put('content', { _id: 'a', x: 1, y: 2 });
        await store.put('content', { _id: 'a', x: 3 });
        expect(await store.get('content', 'a')).toEqual({ _id: 'a', x: 3 });
      });

      it('updates top-level fields and replaces nested objects whole instead of merging them', async () => {
        await store.create('content', { _id: 'a', keep: 'k', meta: { a: 1, b: 2 }, n: 1 });
        await store.update('content', 'a', { meta: { a: 5 }, n: null, added: [1] });
        expect(await store.get('content', 'a')).toEqual({ _id: 'a', keep: 'k', meta: { a: 5 }, n: null, added: [1] });
      });

      it('ignores _id and undefined values in an update patch', async () => {
        await store.create('content', { _id: 'a', x: 1, y: 2 });
        await store.update('content', 'a', { _id: 'other', x: 9, y: undefined });
        expect(await store.get('content', 'a')).toEqual({ _id: 'a', x: 9, y: 2 });
        expect(await store.get('content', 'other')).toBeNull();
      });

      it('accepts an update that changes nothing on an existing document', async () => {
        await store.create('content', { _id: 'a', x: 1 });
        await expect(store.update('content', 'a', { x: 1 })).resolves.toBeUndefined();
      });

      it('answers NOT_FOUND when updating a missing document and creates nothing', async () => {
        expect(await codeOf(store.update('content', 'ghost', { x: 1 }))).toBe('NOT_FOUND');
        expect(await store.get('content', 'ghost')).toBeNull();
      });

      it('removes a document, and removing a missing one is harmless', async () => {
        await store.create('content', { _id: 'a' });
        await store.remove('content', 'a');
        expect(await store.get('content', 'a')).toBeNull();
        await expect(store.remove('content', 'a')).resolves.toBeUndefined();
      });

      it('keeps collections apart', async () => {
        await store.create('content', { _id: 'same', where: 'content' });
        await store.create('staff', { _id: 'same', where: 'staff' });
        expect(await store.get('staff', 'same')).toEqual({ _id: 'same', where: 'staff' });
      });
    });

    describe('find', () => {
      beforeEach(async () => {
        await seed('content', people);
      });
      const find = (where: Parameters<Store['find']>[1]) => store.find('content', where).then(ids).then((x) => x.sort());

      it('matches a plain value and $eq as equality', async () => {
        expect(await find({ where: { kind: 'guide' } })).toEqual(['p1', 'p2', 'p6']);
        expect(await find({ where: { kind: { $eq: 'notice' } } })).toEqual(['p3', 'p4']);
        expect(await find({ where: { kind: 'guide', active: true } })).toEqual(['p1', 'p6']);
      });

      it('matches $ne, including documents where the field is missing', async () => {
        expect(await find({ where: { kind: { $ne: 'guide' } } })).toEqual(['p3', 'p4', 'p5']);
        expect(await find({ where: { age: { $ne: 75 } } })).toEqual(['p2', 'p3', 'p4', 'p5', 'p6']);
        expect(await find({ where: { 'meta.tag': { $ne: 'a' } } })).toEqual(['p2', 'p4', 'p5', 'p6']);
      });

      it('matches number ranges with $lt, $lte, $gt, $gte and never matches strings', async () => {
        expect(await find({ where: { order: { $lt: 3 } } })).toEqual(['p2', 'p3']);
        expect(await find({ where: { order: { $lte: 3 } } })).toEqual(['p1', 'p2', 'p3']);
        expect(await find({ where: { order: { $gt: 3 } } })).toEqual(['p4', 'p5']);
        expect(await find({ where: { order: { $gte: 3 } } })).toEqual(['p1', 'p4', 'p5']);
        expect(await find({ where: { order: { $gt: 1, $lte: 4 } } })).toEqual(['p1', 'p3', 'p5']);
      });

      it('compares strings with strings', async () => {
        expect(await find({ where: { kind: { $lt: 'guide' } } })).toEqual(['p5']);
        expect(await find({ where: { order: { $gte: 'a' } } })).toEqual(['p6']);
      });

      it('matches $in lists of strings, numbers and _id', async () => {
        expect(await find({ where: { kind: { $in: ['badge', 'notice'] } } })).toEqual(['p3', 'p4', 'p5']);
        expect(await find({ where: { order: { $in: [1, 5, 99] } } })).toEqual(['p2', 'p4']);
        expect(await find({ where: { _id: { $in: ['p6', 'p1', 'zz'] } } })).toEqual(['p1', 'p6']);
        expect(await find({ where: { kind: { $in: [] } } })).toEqual([]);
      });

      it('treats a missing field as null for equality, $ne and $in', async () => {
        expect(await find({ where: { age: null } })).toEqual(['p3', 'p4']);
        expect(await find({ where: { age: { $eq: null } } })).toEqual(['p3', 'p4']);
        expect(await find({ where: { age: { $ne: null } } })).toEqual(['p1', 'p2', 'p5', 'p6']);
        expect(await find({ where: { 'meta.tag': { $in: [null, 'c'] } } })).toEqual(['p4', 'p5']);
      });

      it('matches booleans true and false', async () => {
        expect(await find({ where: { active: true } })).toEqual(['p1', 'p3', 'p4', 'p6']);
        expect(await find({ where: { active: false } })).toEqual(['p2', 'p5']);
        expect(await find({ where: { active: { $ne: true } } })).toEqual(['p2', 'p5']);
      });

      it('follows dot paths into nested objects', async () => {
        expect(await find({ where: { 'meta.level': 2 } })).toEqual(['p1', 'p4']);
        expect(await find({ where: { 'meta.level': { $gte: 3 } } })).toEqual(['p3', 'p6']);
      });

      it('matches by _id like any other field', async () => {
        expect(await find({ where: { _id: 'p2' } })).toEqual(['p2']);
      });

      it('sorts ascending and descending on several fields, dot paths included', async () => {
        const numbered = { where: { order: { $lte: 5 } } };
        expect(ids(await store.find('content', { ...numbered, orderBy: [['order', 'asc']] }))).toEqual(['p2', 'p3', 'p1', 'p5', 'p4']);
        expect(ids(await store.find('content', { ...numbered, orderBy: [['order', 'desc']] }))).toEqual(['p4', 'p5', 'p1', 'p3', 'p2']);
        expect(ids(await store.find('content', { orderBy: [['kind', 'asc'], ['order', 'desc']], where: { _id: { $ne: 'p6' } } }))).toEqual([
          'p5', 'p1', 'p2', 'p4', 'p3',
        ]);
        expect(ids(await store.find('content', { orderBy: [['meta.level', 'desc'], ['_id', 'asc']] }))).toEqual(['p6', 'p3', 'p1', 'p4', 'p2', 'p5']);
      });

      it('pages with limit and offset over a sorted result', async () => {
        const page = (limit: number, offset: number) =>
          store.find('content', { orderBy: [['_id', 'asc']], limit, offset }).then(ids);
        expect(await page(2, 0)).toEqual(['p1', 'p2']);
        expect(await page(2, 2)).toEqual(['p3', 'p4']);
        expect(await page(10, 5)).toEqual(['p6']);
        expect(await page(0, 0)).toEqual([]);
      });

      it('counts with and without a filter', async () => {
        expect(await store.count('content')).toBe(6);
        expect(await store.count('content', { kind: 'guide', active: true })).toBe(2);
        expect(await store.count('content', { 'meta.level': { $gt: 100 } })).toBe(0);
      });

      it('rejects a field path that is not a plain dot path', async () => {
        expect(await codeOf(store.find('content', { where: { "kind') OR 1=1 --": 'x' } }))).toMatch(/^thrown:/);
        expect(await codeOf(store.find('content', { orderBy: [['$where', 'asc']] }))).toMatch(/^thrown:/);
      });
    });

    describe('page size', () => {
      it('returns 100 documents by default and never more than 1000', async () => {
        const many = Array.from({ length: 1105 }, (_, i) => ({ _id: `d${String(i).padStart(5, '0')}`, i }));
        await seed('audit', many);
        expect(await store.count('audit')).toBe(1105);
        expect((await store.find('audit')).length).toBe(100);
        const big = await store.find('audit', { limit: 5000, orderBy: [['i', 'asc']] });
        expect(big.length).toBe(1000);
        expect(big[999]).toEqual({ _id: 'd00999', i: 999 });
        expect((await store.find('audit', { limit: 1000, offset: 1000 })).length).toBe(105);
      });
    });

    describe('transactions', () => {
      it('commits every write together and returns the callback result', async () => {
        await store.create('content', { _id: 'a', n: 1 });
        const result = await store.transaction(async (tx) => {
          const a = await tx.get<{ _id: string; n: number }>('content', 'a');
          await tx.update('content', 'a', { n: a!.n + 1 });
          await tx.create('content', { _id: 'b', from: 'tx' });
          await tx.put('content', { _id: 'c', v: 1 });
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.get('content', 'a')).toEqual({ _id: 'a', n: 2 });
        expect(await store.get('content', 'b')).toEqual({ _id: 'b', from: 'tx' });
        expect(await store.get('content', 'c')).toEqual({ _id: 'c', v: 1 });
      });

      it('sees its own writes before commit', async () => {
        await store.transaction(async (tx) => {
          await tx.put('content', { _id: 'a', v: 1 });
          expect(await tx.get('content', 'a')).toEqual({ _id: 'a', v: 1 });
          await tx.update('content', 'a', { v: 2 });
          expect(await tx.get('content', 'a')).toEqual({ _id: 'a', v: 2 });
          await tx.remove('content', 'a');
          expect(await tx.get('content', 'a')).toBeNull();
        });
        expect(await store.get('content', 'a')).toBeNull();
      });

      it('writes nothing when the callback throws, and rethrows the same error', async () => {
        await store.create('content', { _id: 'a', n: 1 });
        await store.create('content', { _id: 'gone', n: 1 });
        const boom = new AppError('SLOT_FULL', '该时段已约满');
        const outcome = store.transaction(async (tx) => {
          await tx.update('content', 'a', { n: 99 });
          await tx.create('content', { _id: 'b' });
          await tx.put('content', { _id: 'c' });
          await tx.remove('content', 'gone');
          throw boom;
        });
        await expect(outcome).rejects.toBe(boom);
        expect(await store.get('content', 'a')).toEqual({ _id: 'a', n: 1 });
        expect(await store.get('content', 'b')).toBeNull();
        expect(await store.get('content', 'c')).toBeNull();
        expect(await store.get('content', 'gone')).toEqual({ _id: 'gone', n: 1 });
      });

      it('reports CONFLICT for an existing id inside a transaction and lets the callback carry on (dedupe keys)', async () => {
        await store.create('content', { _id: 'key-1', sent: true });
        await store.transaction(async (tx) => {
          expect(await codeOf(tx.create('content', { _id: 'key-1', sent: false }))).toBe('CONFLICT');
          await tx.create('content', { _id: 'key-2', sent: false });
        });
        expect(await store.get('content', 'key-1')).toEqual({ _id: 'key-1', sent: true });
        expect(await store.get('content', 'key-2')).toEqual({ _id: 'key-2', sent: false });
      });

      it('answers NOT_FOUND for an update of a missing document inside a transaction', async () => {
        const outcome = store.transaction((tx) => tx.update('content', 'ghost', { x: 1 }));
        expect(await codeOf(outcome)).toBe('NOT_FOUND');
        expect(await store.get('content', 'ghost')).toBeNull();
      });

      it('ends with exactly 100 when two concurrent workers each increment a counter 50 times', async () => {
        await store.create('content', { _id: 'counter', n: 0 });
        const worker = async () => {
          for (let i = 0; i < 50; i += 1) {
            await store.transaction(async (tx) => {
              const c = await tx.get<{ _id: string; n: number }>('content', 'counter');
              await tx.update('content', 'counter', { n: c!.n + 1 });
            });
          }
        };
        await Promise.all([worker(), worker()]);
        expect(await store.get('content', 'counter')).toEqual({ _id: 'counter', n: 100 });
      });

      it('never books past capacity when eight residents race for three places', async () => {
        await store.create('content', { _id: 'slot', capacity: 3, booked: 0 });
        const book = (who: number) =>
          store.transaction(async (tx) => {
            const slot = await tx.get<{ _id: string; capacity: number; booked: number }>('content', 'slot');
            if (slot!.booked >= slot!.capacity) throw new AppError('SLOT_FULL', '该时段已约满，请选择其他时段');
            await tx.update('content', 'slot', { booked: slot!.booked + 1 });
            await tx.create('content', { _id: `booking-${who}`, kind: 'booking' });
          });
        const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => book(i)));
        expect(results.filter((r) => r.status === 'fulfilled').length).toBe(3);
        for (const r of results) if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('SLOT_FULL');
        expect(await store.count('content', { kind: 'booking' })).toBe(3);
        expect(await store.get('content', 'slot')).toMatchObject({ booked: 3 });
      });
    });

    describe('misuse', () => {
      it('refuses store calls made inside a transaction callback (use tx)', async () => {
        expect(await codeOf(store.transaction(() => store.get('content', 'a')))).toMatch(/inside a transaction/);
        expect(await codeOf(store.transaction(() => store.transaction(async () => 1)))).toMatch(/inside a transaction/);
        await expect(store.get('content', 'a')).resolves.toBeNull();
      });
    });

    describe('collections', () => {
      it('rejects a collection that collections.ts does not declare', async () => {
        expect(await codeOf(store.get('nope', 'a'))).toMatch(/^thrown:.*nope/);
        expect(await codeOf(store.create('nope', { _id: 'a' }))).toMatch(/^thrown:/);
        expect(await codeOf(store.find('nope'))).toMatch(/^thrown:/);
        expect(await codeOf(store.count('nope'))).toMatch(/^thrown:/);
        expect(await codeOf(store.transaction((tx) => tx.put('nope', { _id: 'a' })))).toMatch(/^thrown:/);
      });
    });
  });
}
