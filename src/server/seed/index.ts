import { AppError } from '../core/errors';
import type { Doc, Store } from '../ports/store';
import type { ContentDoc } from '../content/items';
import type { ContentItem } from '../../shared/content';
import { commitments, station } from './station';
import { guides } from './guides';
import { sampleBadges } from './badges';
import { demoResidents, demoStaff, type StaffDoc } from './accounts';
import { sampleLegalAidWorkers } from './legal-aid-workers';
import { sampleUnits } from '../referrals/units';

/** Who signs the seeded versions ("last updated by"). */
export const SEED_AUTHOR = '系统初始化';

/** How many documents each part of a seed run wrote. */
export interface SeedReport {
  content: number;
  staff: number;
  residents: number;
  /** issue 11: the sample roster of legal-aid workers. */
  legalAidWorkers: number;
  /** issue 13: sample units of the referral registry (marked sample; seeded in production too). */
  units: number;
}

/**
 * The published content as first seeded, version 1 stamped with `now`. Station info and the
 * commitments come from the rules (not sample); guides and badges are sample until confirmed.
 *
 * @example
 * seedContent(Date.parse('2026-11-26T09:00:00+08:00')).map((d) => d.key)
 * // ['station', 'commitments', 'guide:consultation', 'guide:legal-aid', 'guide:notary', 'badge:sample-window', …]
 */
export function seedContent(now: number): ContentDoc[] {
  const item = (key: string, kind: ContentItem['kind'], order: number, sample: boolean, data: ContentItem['data']): ContentDoc =>
    ({ _id: key, key, kind, order, sample, data, version: 1, updatedAt: now, updatedBy: SEED_AUTHOR }) as ContentDoc;
  return [
    item('station', 'station', 1, false, station),
    item('commitments', 'commitments', 1, false, commitments),
    ...Object.entries(guides).map(([key, guide], i) => item(key, 'guide', i + 1, true, guide)),
    ...sampleBadges.map(({ key, data }, i) => item(key, 'badge', i + 1, true, data)),
  ];
}

/** Creates `docs` in one transaction when `collection` is empty; a concurrent seeder wins silently. */
async function seedCollection(store: Store, collection: string, docs: Doc[]): Promise<number> {
  if ((await store.count(collection)) > 0) return 0;
  try {
    await store.transaction(async (tx) => {
      for (const doc of docs) await tx.create(collection, doc);
    });
    return docs.length;
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return 0;
    throw err;
  }
}

export interface SeedOptions {
  /** Seed the demo staff and resident (default true); production passes false. */
  demoAccounts?: boolean;
}

/**
 * Seeds the station's content, the demo staff and the demo resident, each only into an empty
 * collection: a second run writes nothing, and content the admin has since edited or removed is
 * never brought back. Content counts as empty only when it has no history either. With
 * `demoAccounts: false` (production) no account is seeded at all.
 *
 * @example
 * await seedIfEmpty(store, Date.now()) // { content: 9, staff: 5, residents: 1, legalAidWorkers: 2, units: 11 }
 * await seedIfEmpty(store, Date.now()) // { content: 0, staff: 0, residents: 0, legalAidWorkers: 0, units: 0 }
 * await seedIfEmpty(emptyStore, Date.now(), { demoAccounts: false }) // { content: 9, staff: 0, residents: 0, legalAidWorkers: 0, units: 11 }
 */
export async function seedIfEmpty(store: Store, now: number, options: SeedOptions = {}): Promise<SeedReport> {
  const demo = options.demoAccounts ?? true;
  const contentUntouched = (await store.count('contentHistory')) === 0;
  return {
    content: contentUntouched ? await seedCollection(store, 'content', seedContent(now)) : 0,
    staff: demo ? await seedCollection(store, 'staff', demoStaff) : 0,
    residents: demo ? await seedCollection(store, 'residents', demoResidents) : 0,
    legalAidWorkers: demo ? await seedCollection(store, 'legalAidWorkers', sampleLegalAidWorkers(now)) : 0,
    units: await seedCollection(store, 'units', sampleUnits(now)),
  };
}

/**
 * Production on a data directory a demo ran on: every demo staff account (`demo: true`) still
 * active is deactivated, so the demo admin's roles are gone whatever identity reaches the store.
 * Returns how many were deactivated.
 *
 * @example
 * await retireDemoAccounts(store) // 3 the first time, 0 after
 */
export async function retireDemoAccounts(store: Store): Promise<number> {
  const left = await store.find<StaffDoc>('staff', { where: { demo: true, active: true } });
  for (const account of left) await store.update('staff', account._id, { active: false });
  return left.length;
}
