import type { Tx } from '../ports/store';
import { applyDelta, emptyTally, type TallyDelta } from '../../domain/ratings/tally';
import { NOBODY, type TallyDoc } from './docs';

/** What names a tally: the month, the staff member who handled the item, its type. */
export interface TallyKey {
  month: string;
  staff: { staffId: string; name: string } | null;
  typeKey: string;
  typeLabel: string;
}

/** @example tallyId({ month: '2026-11', staff: null, typeKey: 'consultation', typeLabel: '法律咨询' }) // 'tally:2026-11:nobody:consultation' */
export function tallyId(key: TallyKey): string {
  return `tally:${key.month}:${key.staff?.staffId ?? NOBODY}:${key.typeKey}`;
}

/**
 * Adds `delta` to the tally of `key` inside the caller's transaction (by id, as CloudBase
 * allows), creating it at zero first. The counters therefore always commit with the change they
 * count; concurrent changes conflict on the tally and one retries.
 *
 * @example await bumpTally(tx, key, { completed: 1, eligible: 1 })
 */
export async function bumpTally(tx: Tx, key: TallyKey, delta: TallyDelta): Promise<void> {
  const id = tallyId(key);
  const current = await tx.get<TallyDoc>('ratingTallies', id);
  const base: TallyDoc = current ?? {
    _id: id, month: key.month, staffId: key.staff?.staffId ?? NOBODY, staffName: key.staff?.name ?? '（未指定）',
    typeKey: key.typeKey, typeLabel: key.typeLabel, ...emptyTally(),
  };
  const { _id, month, staffId, staffName, typeKey, typeLabel, ...tally } = base;
  await tx.put('ratingTallies', { _id, month, staffId, staffName, typeKey, typeLabel, ...applyDelta(tally, delta) });
}

/** The tally key of a request, rating or task (they all carry month, staff and type). */
export function keyOf(doc: { month: string; staff?: { staffId: string; name: string } | null; typeKey: string; typeLabel?: string; title?: string }): TallyKey {
  return { month: doc.month, staff: doc.staff ?? null, typeKey: doc.typeKey, typeLabel: doc.typeLabel ?? doc.title ?? doc.typeKey };
}
