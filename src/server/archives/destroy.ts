import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { appendAudit, auditEvent } from '../content/audit';
import type { Store } from '../ports/store';
import type { FileStore } from '../ports/files';
import { retentionEnded } from '../../domain/archives';
import { toBeijingDate } from '../../domain/beijing';
import type { DestructionEntry, VolumeView } from '../../shared/archives';
import { RESULT_CALL_OCCASIONS } from '../../shared/result-calls';
import type { TicketDoc } from '../tickets/types';
import type { DestructionDoc, ItemDoc, VolumeDoc } from './types';
import { assertMayStep, takeStep, volumeIn } from './steps';
import { volumeView } from './views';
import { removeApplication } from './remove-case';

/** CONFLICT unless the volume's retention has ended on the caller's Beijing day — whoever asks. */
function assertRetentionEnded(v: VolumeDoc, now: number): void {
  if (retentionEnded(v.retentionEndsOn, toBeijingDate(now))) return;
  const until = v.retentionEndsOn === null ? '永久保存' : `保管到 ${v.retentionEndsOn}`;
  throw new AppError('CONFLICT', `这个案卷${until}，保管期限未满，不能鉴定销毁`, 'volumeId');
}

/**
 * Puts a volume past its retention forward for appraisal (鉴定, by the legal-aid body), its opinion recorded.
 *
 * @example await proposeAppraisal(ctx, { volumeId, opinion: '已无保存价值，建议销毁' }) // { volume: { status: 'appraisalProposed' } }
 */
export async function proposeAppraisal(ctx: Ctx, input: { volumeId: string; opinion: string }): Promise<{ volume: VolumeView }> {
  assertRetentionEnded(await volumeIn(ctx.store, input.volumeId), ctx.now);
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  return takeStep(ctx, input.volumeId, 'proposeAppraisal', input.opinion, { appraisal: { opinion: input.opinion, at: ctx.now, by } });
}

/**
 * Records the judicial administration's approval of the destruction (approver, document number, date).
 *
 * @example await approveDestruction(ctx, { volumeId, approver: '南昌县司法局', documentNo: '县司发〔2037〕5号', date: '2037-03-01' })
 */
export async function approveDestruction(ctx: Ctx, input: { volumeId: string; approver: string; documentNo: string; date: string }): Promise<{ volume: VolumeView }> {
  assertRetentionEnded(await volumeIn(ctx.store, input.volumeId), ctx.now);
  if (input.date > toBeijingDate(ctx.now)) throw new AppError('VALIDATION', '批准日期不能晚于今天', 'date');
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  return takeStep(ctx, input.volumeId, 'approveDestruction', `${input.approver} ${input.documentNo}`, {
    approval: { approver: input.approver, documentNo: input.documentNo, date: input.date, at: ctx.now, by },
  });
}

/** Every stored record of a ticket that holds the person's data, by collection and id. */
async function removeMatter(store: Store, files: FileStore | undefined, ticketId: string): Promise<void> {
  const subject = `ticket:${ticketId}`;
  const ticket = await store.get<TicketDoc>('tickets', ticketId);
  for (const photo of ticket?.letterPhotoIds ?? []) {
    await files?.remove(photo);
    await store.remove('fileUploads', photo);
  }
  const byId: Array<[string, string]> = [
    ['tickets', ticketId], ['ratingRequests', `rr:${subject}`], ['ratings', `rating:${subject}`], ['callbackTasks', `cb:${subject}`],
    ...Object.keys(RESULT_CALL_OCCASIONS).map((o): [string, string] => ['resultCalls', `rc:${subject}:${o}`]),
  ];
  for (const [collection, id] of byId) await store.remove(collection, id);
  for (const collection of ['accessLog', 'audit', 'clocks'] as const) {
    for (;;) {
      const docs = await store.find(collection, { where: { subject }, limit: 1000 });
      for (const d of docs) await store.remove(collection, d._id);
      if (docs.length < 1000) break;
    }
  }
}

/** How the personal data of an item's matter leaves the store, by the kind of its subject ('ticket:…', 'legalAid:…'). */
const REMOVERS: Record<string, (store: Store, files: FileStore | undefined, id: string) => Promise<void>> = {
  ticket: removeMatter,
  legalAid: removeApplication,
};

/**
 * Rule 九(九): destroys an approved volume past its retention — the personal data of its matters
 * really leaves the store (the ticket with its contact, content, timeline and photos; its access
 * log, audit trail, clocks, rating, callback and 告知结果 task; a legal-aid case's application with
 * its photos, documents and logs, remove-case.ts) and only the 销毁清册 line stays.
 * `approvalRef` must be the recorded approval's 文号. Before the retention ends: CONFLICT, whoever
 * asks. A destruction cut short is finished by calling again.
 *
 * @example await destroyVolume(ctx, { volumeId, approvalRef: '县司发〔2037〕5号' }) // { volume: { status: 'destroyed' }, register }
 */
export async function destroyVolume(ctx: Ctx, input: { volumeId: string; approvalRef: string }): Promise<{ volume: VolumeView; register: DestructionEntry }> {
  const v = await volumeIn(ctx.store, input.volumeId);
  assertMayStep(ctx, v, 'destroy');
  assertRetentionEnded(v, ctx.now);
  if (v.status === 'destroyed') return { volume: volumeView(v, ctx.actor), register: entryOf((await ctx.store.get<DestructionDoc>('archiveDestructions', `destroyed:${v._id}`))!) };
  if (v.status !== 'approved' || !v.approval) throw new AppError('CONFLICT', '这个案卷还没有登记司法行政机关的销毁批准，不能销毁', 'approvalRef');
  if (v.approval.documentNo !== input.approvalRef) throw new AppError('VALIDATION', `批准文号与登记的「${v.approval.documentNo}」不一致`, 'approvalRef');
  for (let offset = 0; ; offset += 1000) {
    const items = await ctx.store.find<ItemDoc>('archiveItems', { where: { volumeId: v._id }, orderBy: [['position', 'asc']], limit: 1000, offset });
    for (const item of items) {
      const kind = item.subject.slice(0, item.subject.indexOf(':'));
      if (!item.destroyed && REMOVERS[kind]) await REMOVERS[kind](ctx.store, ctx.files, item.subject.slice(kind.length + 1));
      if (!item.destroyed) await ctx.store.update('archiveItems', item._id, { destroyed: true });
    }
    if (items.length < 1000) break;
  }
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  const register: DestructionDoc = {
    _id: `destroyed:${v._id}`, volumeId: v._id, archiveCode: v.archiveCode, title: v.title, period: v.period, itemCount: v.itemCount,
    approver: v.approval.approver, documentNo: v.approval.documentNo, approvedOn: v.approval.date, destroyedAt: ctx.now, by, subjects: v.itemCount,
  };
  const { volume } = await ctx.store.transaction(async (tx) => {
    const cur = await volumeIn(tx, v._id);
    if (cur.status === 'destroyed') return { volume: cur };
    const next: VolumeDoc = { ...cur, status: 'destroyed', updatedAt: ctx.now, history: [...cur.history, { step: 'destroy', at: ctx.now, by, note: input.approvalRef }] };
    await tx.put('archiveVolumes', next);
    await tx.put('archiveDestructions', register);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `archiveVolume:${v._id}`, action: 'archives.destroy', from: { status: cur.status }, to: { status: 'destroyed', approvalRef: input.approvalRef } }));
    return { volume: next };
  });
  return { volume: volumeView(volume, ctx.actor), register: entryOf(register) };
}

/** @example entryOf(doc).documentNo // '县司发〔2037〕5号' */
export function entryOf(d: DestructionDoc): DestructionEntry {
  return {
    id: d._id, volumeId: d.volumeId, archiveCode: d.archiveCode, title: d.title, itemCount: d.itemCount, period: d.period,
    approver: d.approver, documentNo: d.documentNo, approvedOn: d.approvedOn, destroyedAt: d.destroyedAt, by: d.by,
  };
}

/** The 销毁清册, newest first. */
export async function destructions(ctx: Ctx): Promise<{ items: DestructionEntry[] }> {
  const docs = await ctx.store.find<DestructionDoc>('archiveDestructions', { orderBy: [['destroyedAt', 'desc']], limit: 1000 });
  return { items: docs.map(entryOf) };
}
