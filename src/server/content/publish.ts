import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { ContentItem } from '../../shared/content';
import { bumpPublication } from './revision';
import { appendAudit, auditEvent } from './audit';
import { archiveVersion } from './history';
import { FIXED_KEYS, kindOfKey, toItem, type ContentDoc } from './items';
import { staffName } from './staff-name';

/** What the admin sees when someone else saved first (optimistic concurrency). */
export const STALE_MESSAGE = '内容已被他人修改，请刷新后再改';

type PublishCtx = Pick<Ctx, 'store' | 'actor' | 'now'>;

/**
 * Publishes new data for an existing item. In one transaction: checks `expectedVersion`
 * (CONFLICT when someone saved in between), archives the old version, writes version + 1
 * stamped with `now` and the admin's name (no longer `sample`), and appends the audit event.
 * `data` must already be validated for the item's kind.
 *
 * @example
 * await updateItem(ctx, { key: 'guide:notary', data: guide, expectedVersion: 1 }) // { version: 2, ... }
 */
export async function updateItem(
  ctx: PublishCtx,
  input: { key: string; data: ContentItem['data']; expectedVersion: number; why?: string },
): Promise<ContentItem> {
  const { key, data, expectedVersion, why } = input;
  const updatedBy = staffName(ctx.actor);
  const event = auditEvent({
    at: ctx.now, actor: ctx.actor, subject: `content:${key}`, action: 'content.update',
    from: { version: expectedVersion }, to: { version: expectedVersion + 1 }, why,
  });
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ContentDoc>('content', key);
    if (!current) throw new AppError('NOT_FOUND', '没有找到这项内容，可能已被删除', 'key');
    if (current.version !== expectedVersion) throw new AppError('CONFLICT', STALE_MESSAGE, 'expectedVersion');
    const next: ContentDoc = { ...current, data, sample: false, version: current.version + 1, updatedAt: ctx.now, updatedBy };
    await archiveVersion(tx, current, ctx.now);
    await tx.put('content', next);
    await appendAudit(tx, event);
    await bumpPublication(tx, ctx.now);
    return toItem(next);
  });
}

/** A second create of the very same item within this long is the same tap (issue 10). */
const SAME_CREATE_MS = 60_000;

/**
 * Publishes a new badge (挂牌上岗) or notice at the end of its list, as version 1. Sent again —
 * the same `requestId` (its key derives from it), or without one the very same data as the
 * newest item of the kind made by the same person in the last minute — it answers that item and
 * publishes nothing more.
 *
 * @example
 * await createItem(ctx, { kind: 'notice', data: { title: '国庆节放假', body: '…' }, requestId: 'a-12345678' }) // { key: 'notice:…', version: 1 }
 */
export async function createItem(
  ctx: PublishCtx,
  input: { kind: 'badge' | 'notice'; data: ContentItem['data']; requestId?: string },
): Promise<ContentItem> {
  const by = staffName(ctx.actor);
  const key = input.requestId
    ? `${input.kind}:${createHash('sha256').update(`${by}|${input.requestId}`).digest('hex').slice(0, 8)}`
    : `${input.kind}:${randomUUID().slice(0, 8)}`;
  const [last] = await ctx.store.find<ContentDoc>('content', {
    where: { kind: input.kind }, orderBy: [['order', 'desc']], limit: 1,
  });
  const again = input.requestId ? await ctx.store.get<ContentDoc>('content', key) : last;
  if (again && again.updatedBy === by && (input.requestId || (ctx.now - again.updatedAt < SAME_CREATE_MS && again.version === 1 && JSON.stringify(again.data) === JSON.stringify(input.data)))) {
    return toItem(again);
  }
  const doc: ContentDoc = {
    _id: key, key, kind: input.kind, order: (last?.order ?? 0) + 1, sample: false,
    data: input.data, version: 1, updatedAt: ctx.now, updatedBy: staffName(ctx.actor),
  };
  const event = auditEvent({ at: ctx.now, actor: ctx.actor, subject: `content:${key}`, action: 'content.create', to: { version: 1 } });
  await ctx.store.transaction(async (tx) => {
    await tx.create('content', doc);
    await appendAudit(tx, event);
    await bumpPublication(tx, ctx.now);
  });
  return toItem(doc);
}

/**
 * Unpublishes a badge or notice. Its last version stays in the history; station info,
 * commitments and the three guides can only be edited.
 *
 * @example
 * await removeItem(ctx, { key: 'notice:3f2a9c1b', expectedVersion: 2 }) // { key, removed: true }
 */
export async function removeItem(
  ctx: PublishCtx,
  input: { key: string; expectedVersion: number; why?: string },
): Promise<{ key: string; removed: true }> {
  const { key, expectedVersion, why } = input;
  if ((FIXED_KEYS as readonly string[]).includes(key) || !['badge', 'notice'].includes(kindOfKey(key))) {
    throw new AppError('VALIDATION', '工作站信息、服务承诺和办事指南不能删除，只能修改', 'key');
  }
  const event = auditEvent({
    at: ctx.now, actor: ctx.actor, subject: `content:${key}`, action: 'content.remove', from: { version: expectedVersion }, why,
  });
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get<ContentDoc>('content', key);
    if (!current) throw new AppError('NOT_FOUND', '没有找到这项内容，可能已被删除', 'key');
    if (current.version !== expectedVersion) throw new AppError('CONFLICT', STALE_MESSAGE, 'expectedVersion');
    await archiveVersion(tx, current, ctx.now);
    await tx.remove('content', key);
    await appendAudit(tx, event);
    await bumpPublication(tx, ctx.now);
  });
  return { key, removed: true };
}
