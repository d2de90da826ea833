/**
 * What the scheduler tests share: a store factory (SQLite, or the CloudBase adapter over the
 * local double), a small staff table, Beijing instants, and a helper to read a collection.
 */
import type { Doc, Store } from '../../../src/server/ports/store';

export interface SchedulerFixture {
  store: Store;
  cleanup(): Promise<void>;
  /** Loads many documents at once, bypassing the Store (SQLite insertMany, the double's seed). */
  seed(collection: string, docs: Doc[]): Promise<void>;
}

export type MakeFixture = () => Promise<SchedulerFixture>;

/** A window clerk (responsible), the director, the platform admin, and a retired director. */
export const STAFF = [
  { _id: 'staff:clerk', openid: 'o-clerk', name: '张某', roles: ['staff'], active: true, order: 1 },
  { _id: 'staff:director', openid: 'o-director', name: '刘某', roles: ['staff', 'director'], active: true, order: 2 },
  { _id: 'staff:admin', openid: 'o-admin', name: '赵某', roles: ['staff', 'admin'], active: true, order: 3 },
  { _id: 'staff:old-director', openid: 'o-old', name: '王某', roles: ['staff', 'director'], active: false, order: 4 },
];

export async function seedStaff(store: Store): Promise<void> {
  for (const s of STAFF) await store.create('staff', s);
}

/**
 * A Beijing wall-clock instant.
 * @example bj('2025-10-14 17:00') === Date.parse('2025-10-14T17:00:00+08:00')
 */
export const bj = (s: string): number => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

/** Every document of a collection, by id. */
export function all<T extends Doc = Doc>(store: Store, collection: string): Promise<T[]> {
  return store.find<T>(collection, { orderBy: [['_id', 'asc']], limit: 1000 });
}

/** How many documents each notification-related collection holds. */
export async function counts(store: Store): Promise<Record<string, number>> {
  const names = ['outbox', 'inbox', 'audit', 'jobRuns'];
  const values = await Promise.all(names.map((n) => store.count(n)));
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}
