import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { appendAudit, auditEvent } from '../content/audit';
import type { Store, Tx } from '../ports/store';
import { CHANNELS, TICKET_TYPES, type Channel, type TicketType } from '../../shared/tickets';
import { codePrefix, itemArchiveCode, monthEnded, monthRange, periodEnded, periodRange, periodWords, retentionCode, retentionEndsOn, volumeArchiveCode } from '../../domain/archives';
import { toBeijingDate } from '../../domain/beijing';
import type { TicketDoc } from '../tickets/types';
import { readSettings } from './settings';
import type { ItemDoc, VolumeDoc } from './types';
import { volumeView } from './views';
import type { ArchiveCategory, VolumeView } from '../../shared/archives';

/** Channels whose registrations make up the 法律咨询（来访、来电）登记表 (rule 九(五)). */
export const REGISTER_CHANNELS: readonly Channel[] = ['walkIn', 'phone'];
/** Channels of the 来信（函）: letters registered at the window and those from the hall mailbox (rule 九(六)). */
export const LETTER_CHANNELS: readonly Channel[] = ['letter', 'mailbox'];
/** Letters are filed as 行政管理类 (公文处理: 来信、公文处理单、底稿、正稿) — see README. */
export const LETTERS_CATEGORY: ArchiveCategory = 'administration';
const PAGE = 1000;
const WRITE_CHUNK = 500;

interface Registration { _id: string; type: TicketType; channel: Channel; createdAt: number }

/** The month's walk-in and phone registrations, oldest first (ties by id). */
export function registrationsOf(store: Store, month: string): Promise<Registration[]> {
  return ticketsIn(store, monthRange(month), REGISTER_CHANNELS);
}

/** Tickets of `channels` registered in [from, to), oldest first (ties by id). */
async function ticketsIn(store: Store, [from, to]: [number, number], channels: readonly Channel[]): Promise<Registration[]> {
  const out: Registration[] = [];
  for (const type of Object.keys(TICKET_TYPES) as TicketType[]) {
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.find<TicketDoc>('tickets', {
        where: { type, createdAt: { $gte: from, $lt: to } }, orderBy: [['createdAt', 'asc'], ['_id', 'asc']], limit: PAGE, offset,
      });
      for (const t of page) if (channels.includes(t.channel)) out.push({ _id: t._id, type: t.type, channel: t.channel, createdAt: t.createdAt });
      if (page.length < PAGE) break;
    }
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a._id < b._id ? -1 : 1));
}

/** @example monthlyVolumeId('2026-11') // 'vol:consultation:2026-11' */
export const monthlyVolumeId = (month: string) => `vol:consultation:${month}`;
/** @example lettersVolumeId('2026-H1') // 'vol:letters:2026-H1' */
export const lettersVolumeId = (period: string) => `vol:letters:${period}`;

/** What a volume is before it is built: its id, category, period and title. */
interface VolumeSpec { id: string; category: ArchiveCategory; period: string; year: number; title: string }

/** Creates the volume and takes its 件号 from the year's counter, once: an existing volume is answered as it is. */
async function claimVolume(ctx: Ctx, spec: VolumeSpec, count: number): Promise<VolumeDoc> {
  const settings = await readSettings(ctx.store);
  const { year } = spec;
  const years = settings.retention[spec.category];
  const parts = { fonds: settings.fonds, category: spec.category, year, retention: retentionCode(years) };
  const counterId = `counter:${codePrefix(parts)}`;
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  try {
    return await ctx.store.transaction(async (tx: Tx) => {
      const existing = await tx.get<VolumeDoc>('archiveVolumes', spec.id);
      if (existing) return existing;
      const counter = await tx.get<{ _id: string; next: number }>('archiveCounters', counterId);
      const firstNo = counter?.next ?? 1;
      const volume: VolumeDoc = {
        _id: spec.id, category: spec.category, title: spec.title,
        period: spec.period, year, fonds: settings.fonds, retention: parts.retention, retentionYears: years, retentionEndsOn: retentionEndsOn(year, years),
        firstNo, itemCount: count, archiveCode: volumeArchiveCode(parts, firstNo, count), status: 'building',
        handlerId: ctx.actor.kind === 'staff' ? ctx.actor.staffId : null, history: [{ step: 'build', at: ctx.now, by }], createdAt: ctx.now, updatedAt: ctx.now,
      };
      await tx.create('archiveVolumes', volume);
      await tx.put('archiveCounters', { _id: counterId, next: firstNo + count });
      await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `archiveVolume:${volume._id}`, action: 'archives.build', to: { archiveCode: volume.archiveCode, itemCount: count } }));
      return volume;
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'CONFLICT') throw err;
    const raced = await ctx.store.get<VolumeDoc>('archiveVolumes', spec.id);
    if (!raced) throw err;
    return raced;
  }
}

/**
 * Builds a volume from its sources once: claimed with its 件号, its items written by deterministic
 * ids, then handed in for review. The same volume again — also two taps at once — answers it as
 * it is; a build cut short is finished by the next call.
 */
async function buildVolume(ctx: Ctx, spec: VolumeSpec, sources: () => Promise<Registration[]>): Promise<{ volume: VolumeView }> {
  const existing = await ctx.store.get<VolumeDoc>('archiveVolumes', spec.id);
  if (existing && existing.status !== 'building') return { volume: volumeView(existing, ctx.actor) };
  const registrations = await sources();
  const volume = existing ?? (await claimVolume(ctx, spec, registrations.length));
  if (volume.status !== 'building') return { volume: volumeView(volume, ctx.actor) };
  await writeItems(ctx.store, volume, registrations.slice(0, volume.itemCount));
  const done = await ctx.store.transaction(async (tx) => {
    const v = await tx.get<VolumeDoc>('archiveVolumes', volume._id);
    if (!v || v.status !== 'building') return v!;
    const next: VolumeDoc = { ...v, status: 'handedIn', updatedAt: ctx.now, history: [...v.history, { step: 'handIn', at: ctx.now, by: '系统' }] };
    await tx.put('archiveVolumes', next);
    return next;
  });
  return { volume: volumeView(done, ctx.actor) };
}

/**
 * Rule 九(五) 一月一卷: binds last month's walk-in and phone registrations into one volume, items
 * numbered in the order they came (件号 run on through the year). Idempotent: the same month again
 * — also two taps at once — answers the same volume; a build cut short is finished by the next call.
 * A month not yet ended answers CONFLICT and writes nothing.
 *
 * @example await buildMonthlyVolume(ctx, { month: '2026-11' }) // { volume: { id: 'vol:consultation:2026-11', archiveCode: 'X001-WS·2026-D10-ZX-0001～0120', itemCount: 120, status: 'handedIn', … } }
 */
export async function buildMonthlyVolume(ctx: Ctx, input: { month: string }): Promise<{ volume: VolumeView }> {
  if (!monthEnded(input.month, ctx.now)) throw new AppError('CONFLICT', `${input.month.replace('-', '年')}月还没有结束，下个月才能组卷`, 'month');
  const year = Number(input.month.slice(0, 4));
  const spec: VolumeSpec = { id: monthlyVolumeId(input.month), category: 'consultation', period: input.month, year, title: `${year}年${Number(input.month.slice(5))}月 法律咨询（来访、来电）登记` };
  return buildVolume(ctx, spec, () => registrationsOf(ctx.store, input.month));
}

/**
 * Rule 九(六): binds the period's letters (registered at the window or taken from the hall
 * mailbox) into one volume, items in the order they came; each item's file is read as 来信
 * (photos), 公文处理单, 拟办回信底稿 and 回信正稿 (views.ts). Half-yearly ('2026-H1') or yearly ('2026')
 * by the admin's setting: the other kind is VALIDATION; a period not yet ended is CONFLICT.
 * Idempotent like the monthly volume.
 *
 * @example await buildLettersVolume(ctx, { period: '2026-H2' }) // { volume: { id: 'vol:letters:2026-H2', archiveCode: 'X001-WS·2026-D30-XZ-0001～0012', … } }
 */
export async function buildLettersVolume(ctx: Ctx, input: { period: string }): Promise<{ volume: VolumeView }> {
  const { letterFiling } = await readSettings(ctx.store);
  const yearly = !input.period.includes('-H');
  if (yearly !== (letterFiling === 'yearly')) {
    throw new AppError('VALIDATION', letterFiling === 'yearly' ? '来信按年度立卷，请填写年份（如 2026）' : '来信按半年立卷，请填写半年（如 2026-H1 上半年、2026-H2 下半年）', 'period');
  }
  if (!periodEnded(input.period, ctx.now)) throw new AppError('CONFLICT', `${periodWords(input.period)}还没有结束，结束后才能组卷`, 'period');
  const year = Number(input.period.slice(0, 4));
  const spec: VolumeSpec = { id: lettersVolumeId(input.period), category: LETTERS_CATEGORY, period: input.period, year, title: `${periodWords(input.period)} 法律服务来信（函）` };
  return buildVolume(ctx, spec, () => ticketsIn(ctx.store, periodRange(input.period), LETTER_CHANNELS));
}

/** Writes the items by deterministic ids, in chunks: writing them twice leaves them once. */
async function writeItems(store: Store, volume: VolumeDoc, regs: Registration[]): Promise<void> {
  const parts = { fonds: volume.fonds, category: volume.category, year: volume.year, retention: volume.retention };
  for (let i = 0; i < regs.length; i += WRITE_CHUNK) {
    const chunk = regs.slice(i, i + WRITE_CHUNK);
    await store.transaction(async (tx) => {
      for (const [k, r] of chunk.entries()) {
        const position = i + k + 1;
        const itemNo = volume.firstNo + position - 1;
        const item: ItemDoc = {
          _id: `${volume._id}:${String(position).padStart(5, '0')}`, volumeId: volume._id, position, itemNo,
          archiveCode: itemArchiveCode(parts, itemNo), subject: `ticket:${r._id}`,
          title: `${TICKET_TYPES[r.type]}（${CHANNELS[r.channel]}）`, date: toBeijingDate(r.createdAt),
        };
        await tx.put('archiveItems', item);
      }
    });
  }
}
