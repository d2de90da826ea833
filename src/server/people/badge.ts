import type { Ctx } from '../core/define';
import { MAX_PAGE, type Store } from '../ports/store';
import type { Badge } from '../../shared/content';
import type { BadgeDraft, BadgeWarning } from '../../shared/people';
import { STATION_ROLES } from '../../shared/roles';
import { createItem, removeItem } from '../content/publish';
import { appendAudit, auditEvent } from '../content/audit';
import { bumpPublication } from '../content/revision';
import { staffName } from '../content/staff-name';
import type { ContentDoc } from '../content/items';
import type { HistoryDoc } from '../content/history';
import { COMPLAINT_PHONE } from '../seed/station';
import type { AccountDoc } from './docs';

type PublishCtx = Pick<Ctx, 'store' | 'actor' | 'now'>;

/** How to complain about anyone on the roster (rule 四(四) 投诉方式). */
export const COMPLAINT_HOW = `投诉电话 ${COMPLAINT_PHONE} 或大厅意见箱`;

/**
 * Publishes a person's badge (挂牌上岗: 姓名、职务、工作岗位、业务范围、投诉方式) through the
 * content publish path (versioned, audited) and answers its key.
 * @example await publishBadge(ctx, '王某', { post: '窗口接待', duty: '…', scope: '…' }) // 'badge:3f2a9c1b'
 */
export async function publishBadge(ctx: PublishCtx, name: string, draft: BadgeDraft): Promise<string> {
  const data: Badge = { name, ...draft, complaintHow: COMPLAINT_HOW };
  return (await createItem(ctx, { kind: 'badge', data })).key;
}

/**
 * Takes a badge off the published roster (its last version stays in the history); false when it
 * was not on it.
 * @example await takeOffRoster(ctx, 'badge:sample-window', '人员已停用') // true
 */
export async function takeOffRoster(ctx: PublishCtx, key: string, why: string): Promise<boolean> {
  const doc = await ctx.store.get<ContentDoc>('content', key);
  if (!doc) return false;
  await removeItem(ctx, { key, expectedVersion: doc.version, why });
  return true;
}

/**
 * Puts a badge taken off the roster back, as its last version + 1 (history kept, audited);
 * false when it is already shown or never existed.
 * @example await restoreToRoster(ctx, 'badge:sample-window', '人员已恢复') // true
 */
export async function restoreToRoster(ctx: PublishCtx, key: string, why: string): Promise<boolean> {
  if (await ctx.store.get('content', key)) return false;
  const [last] = await ctx.store.find<HistoryDoc>('contentHistory', { where: { itemKey: key }, orderBy: [['version', 'desc']], limit: 1 });
  if (!last) return false;
  const { _id, itemKey, replacedAt, ...item } = last;
  const doc: ContentDoc = { ...item, _id: key, version: item.version + 1, updatedAt: ctx.now, updatedBy: staffName(ctx.actor) };
  const event = auditEvent({ at: ctx.now, actor: ctx.actor, subject: `content:${key}`, action: 'content.restore', to: { version: doc.version }, why });
  return ctx.store.transaction(async (tx) => {
    if (await tx.get('content', key)) return false;
    await tx.create('content', doc);
    await appendAudit(tx, event);
    await bumpPublication(tx, ctx.now);
    return true;
  });
}

/**
 * Keys of the badges published now.
 * @example await publishedBadgeKeys(store) // Set { 'badge:sample-window', … }
 */
export async function publishedBadgeKeys(store: Store): Promise<Set<string>> {
  const docs = await store.find<ContentDoc>('content', { where: { kind: 'badge' }, limit: MAX_PAGE });
  return new Set(docs.map((d) => d.key));
}

/**
 * What the admin is warned about: an active station staff member without a badge on the
 * roster (rule 四(四) 挂牌上岗), and a person who left but whose badge is still shown.
 * @example badgeWarnings(accounts, new Set()) // [{ kind: 'noBadge', message: '示例·赵某 没有公示牌（挂牌上岗）', … }]
 */
export function badgeWarnings(accounts: readonly AccountDoc[], shown: ReadonlySet<string>): BadgeWarning[] {
  const out: BadgeWarning[] = [];
  for (const a of accounts) {
    const isShown = !!a.badgeKey && shown.has(a.badgeKey);
    if (a.active && a.roles.some((r) => STATION_ROLES.includes(r)) && !isShown) {
      out.push({ staffId: a._id, name: a.name, kind: 'noBadge', message: `${a.name} 在岗，但公示栏里没有对应的公示牌（挂牌上岗）` });
    }
    if (!a.active && isShown) {
      out.push({ staffId: a._id, name: a.name, kind: 'inactiveShown', message: `${a.name} 已停用，但公示牌仍在公示栏上` });
    }
  }
  return out;
}
