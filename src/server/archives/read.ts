import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Store } from '../ports/store';
import { isFiled } from '../../domain/archives';
import type { ArchiveCategory, ArchiveItemView, LookupEntry, VolumeStatus, VolumeView } from '../../shared/archives';
import type { TicketDoc } from '../tickets/types';
import type { ItemDoc, LookupDoc, VolumeDoc } from './types';
import { caseItemView, itemView, volumeView } from './views';
import type { LegalAidDoc } from '../legal-aid/types';
import { volumeIn } from './steps';
import { randomUUID } from 'node:crypto';

export const ITEM_PAGE = 100;

/** @example await listVolumes(ctx, { status: 'handedIn' }) // { volumes: [ … ] } newest period first */
export async function listVolumes(ctx: Ctx, input: { category?: ArchiveCategory; status?: VolumeStatus }): Promise<{ volumes: VolumeView[] }> {
  const where: Record<string, string> = {};
  if (input.category) where.category = input.category;
  if (input.status) where.status = input.status;
  const docs = await ctx.store.find<VolumeDoc>('archiveVolumes', { where, orderBy: [['period', 'desc']], limit: 500 });
  return { volumes: docs.map((d) => volumeView(d, ctx.actor)) };
}

/** A page of a volume's items, each through the one access rule. */
async function itemsPage(ctx: Ctx, volumeId: string, offset: number): Promise<ArchiveItemView[]> {
  const items = await ctx.store.find<ItemDoc>('archiveItems', { where: { volumeId }, orderBy: [['position', 'asc']], limit: ITEM_PAGE, offset });
  const out: ArchiveItemView[] = [];
  for (const item of items) {
    if (item.subject.startsWith('legalAid:')) {
      const app = item.destroyed ? null : await ctx.store.get<LegalAidDoc>('legalAidApplications', item.subject.slice('legalAid:'.length));
      out.push(caseItemView(ctx.actor, item, app));
      continue;
    }
    const ticket = item.destroyed ? null : await ctx.store.get<TicketDoc>('tickets', item.subject.slice('ticket:'.length));
    out.push(itemView(ctx.actor, item, ticket));
  }
  return out;
}

/**
 * A volume before it is filed (in review: the archivist and director check it); a filed volume is
 * read only through `lookup`, with a purpose on the register.
 *
 * @example await getVolume(ctx, { volumeId: 'vol:consultation:2026-11' }) // { volume, items: [ …first 100 ] }
 */
export async function getVolume(ctx: Ctx, input: { volumeId: string; offset?: number }): Promise<{ volume: VolumeView; items?: ArchiveItemView[] }> {
  const v = await volumeIn(ctx.store, input.volumeId);
  if (isFiled(v.status) || v.status === 'destroyed') return { volume: volumeView(v, ctx.actor) };
  return { volume: volumeView(v, ctx.actor), items: await itemsPage(ctx, v._id, input.offset ?? 0) };
}

/**
 * Rule 九(八): reads a volume with a recorded purpose — the 查阅登记 register line (who, when,
 * what, why) is written before anything is answered. A destroyed volume has nothing left to read.
 *
 * @example await lookup(ctx, { volumeId, purpose: '核对2026年11月咨询记录' }) // { volume, items }
 */
export async function lookup(ctx: Ctx, input: { volumeId: string; purpose: string; offset?: number }): Promise<{ volume: VolumeView; items: ArchiveItemView[] }> {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限查阅档案');
  const v = await volumeIn(ctx.store, input.volumeId);
  if (v.status === 'destroyed') throw new AppError('CONFLICT', '这个案卷已经销毁，只能查看销毁清册', 'volumeId');
  const entry: LookupDoc = {
    _id: `lookup:${randomUUID()}`, volumeId: v._id, archiveCode: v.archiveCode, staffId: ctx.actor.staffId, by: ctx.actor.name, at: ctx.now, purpose: input.purpose,
  };
  await ctx.store.create('archiveLookups', entry);
  return { volume: volumeView(v, ctx.actor), items: await itemsPage(ctx, v._id, input.offset ?? 0) };
}

/** @example lookupEntry(doc).by // '示例·刘某' */
export function lookupEntry(d: LookupDoc): LookupEntry {
  return { id: d._id, volumeId: d.volumeId, archiveCode: d.archiveCode, by: d.by, at: d.at, purpose: d.purpose };
}

/** The register in the order it was written (a 登记簿), of one volume or all. */
export async function lookupRegister(store: Store, volumeId?: string): Promise<LookupEntry[]> {
  const out: LookupDoc[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.find<LookupDoc>('archiveLookups', { where: volumeId ? { volumeId } : {}, orderBy: [['at', 'asc'], ['_id', 'asc']], limit: 1000, offset });
    out.push(...page);
    if (page.length < 1000 || out.length >= 10_000) break;
  }
  return out.map(lookupEntry);
}

/** @example await lookups(ctx, {}) // { items: [{ by: '示例·刘某', at, purpose: '…', archiveCode }] } */
export async function lookups(ctx: Ctx, input: { volumeId?: string }): Promise<{ items: LookupEntry[] }> {
  return { items: await lookupRegister(ctx.store, input.volumeId) };
}
