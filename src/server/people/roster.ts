import { AppError } from '../core/errors';
import { MAX_PAGE, type Store, type Tx } from '../ports/store';
import type { AccountDoc, RosterDoc } from './docs';

const ROSTER = 'roster';

/** What an account change read before its transaction: every account and the roster's version. */
export interface RosterRead {
  accounts: AccountDoc[];
  version: number;
}

/**
 * Every staff account (one station: a page is plenty) and the roster's version, read before a
 * change so the change can check it was decided on the roster as it still is.
 * @example const { accounts, version } = await readRoster(store)
 */
export async function readRoster(store: Store): Promise<RosterRead> {
  const [doc, accounts] = await Promise.all([
    store.get<RosterDoc>('meta', ROSTER),
    store.find<AccountDoc>('staff', { orderBy: [['order', 'asc']], limit: MAX_PAGE }),
  ]);
  return { accounts, version: doc?.version ?? 0 };
}

/**
 * Inside an account change's transaction: CONFLICT when another change to the roster committed
 * since `read` (so two admins demoting each other cannot both pass the last-admin check), then
 * bumps the version — every change writes this one document, so on CloudBase too they conflict.
 * @example await store.transaction(async (tx) => { await claimRoster(tx, read.version, now); … })
 */
export async function claimRoster(tx: Tx, version: number, now: number): Promise<void> {
  const doc = await tx.get<RosterDoc>('meta', ROSTER);
  if ((doc?.version ?? 0) !== version) throw new AppError('CONFLICT', '人员名单刚被修改过，请刷新后再试');
  await tx.put('meta', { _id: ROSTER, version: version + 1, at: now });
}

/**
 * The account, or NOT_FOUND.
 * @example accountIn(read, 'staff:demo-staff').name // '示例·张某'
 */
export function accountIn(read: RosterRead, staffId: string): AccountDoc {
  const doc = read.accounts.find((a) => a._id === staffId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这位工作人员，请刷新后再试', 'staffId');
  return doc;
}

/**
 * Inside a transaction that only adds an account (an accepted invitation): bumps the roster's
 * version without requiring it unchanged — adding never removes an admin — so changes decided on
 * the older roster are still refused.
 * @example await store.transaction(async (tx) => { await bumpRoster(tx, now); … })
 */
export async function bumpRoster(tx: Tx, now: number): Promise<void> {
  const doc = await tx.get<RosterDoc>('meta', ROSTER);
  await tx.put('meta', { _id: ROSTER, version: (doc?.version ?? 0) + 1, at: now });
}
