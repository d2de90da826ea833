import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { hasRole } from '../core/access';
import { appendAudit, auditEvent } from '../content/audit';
import { enqueue } from '../outbox/enqueue';
import type { Tx } from '../ports/store';
import { nextVolumeStatus, STEP_ROLES, type VolumeStep } from '../../domain/archives';
import { STEP_LABELS, VOLUME_STATUS_LABELS, type VolumeView } from '../../shared/archives';
import type { VolumeDoc } from './types';
import { volumeView } from './views';

const ROLE_WORDS: Record<string, string> = { archivist: '档案管理人员', director: '工作站主任', admin: '平台管理人员', handler: '经办人' };

/** Throws FORBIDDEN unless the caller may take `step` on `v`. */
export function assertMayStep(ctx: Ctx, v: VolumeDoc, step: VolumeStep): void {
  const roles = STEP_ROLES[step];
  const actor = ctx.actor;
  const ok = actor.kind === 'system' || roles.some((r) => (r === 'handler' ? actor.kind === 'staff' && actor.staffId === v.handlerId : hasRole(actor, r)));
  if (!ok) throw new AppError('FORBIDDEN', `这一步由${roles.map((r) => ROLE_WORDS[r]).join('或')}办理`);
}

/** Reads a volume inside a transaction, or NOT_FOUND. */
export async function volumeIn(tx: Pick<Tx, 'get'>, id: string): Promise<VolumeDoc> {
  const v = await tx.get<VolumeDoc>('archiveVolumes', id);
  if (!v) throw new AppError('NOT_FOUND', '没有找到这个案卷，请刷新后再试', 'volumeId');
  return v;
}

/**
 * Moves the volume one step by the transition table, on its history and in the audit trail, in
 * one transaction; a step its status does not allow answers CONFLICT and writes nothing.
 * `extra` is merged into the volume (appraisal, approval). A return is a task for the handler.
 *
 * @example await takeStep(ctx, 'vol:consultation:2026-11', 'pass') // { volume: { status: 'passed', … } }
 */
export async function takeStep(ctx: Ctx, volumeId: string, step: VolumeStep, note?: string, extra: Partial<VolumeDoc> = {}): Promise<{ volume: VolumeView }> {
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  const volume = await ctx.store.transaction(async (tx) => {
    const v = await volumeIn(tx, volumeId);
    assertMayStep(ctx, v, step);
    const to = nextVolumeStatus(v.status, step);
    if (!to) throw new AppError('CONFLICT', `这个案卷现在「${VOLUME_STATUS_LABELS[v.status]}」，不能办理这一步`, 'step');
    const entry = note ? { step, at: ctx.now, by, note } : { step, at: ctx.now, by };
    const next: VolumeDoc = { ...v, ...extra, status: to, updatedAt: ctx.now, history: [...v.history, entry] };
    if (step === 'return') next.returnedNote = note;
    if (step === 'handIn') delete next.returnedNote;
    await tx.put('archiveVolumes', next);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `archiveVolume:${v._id}`, action: `archives.${step}`, from: { status: v.status }, to: { status: to, ...extra }, why: note }));
    if (step === 'return' && v.handlerId) {
      await enqueue(tx, {
        key: `archive:return:${v._id}:${v.history.length}`, recipient: { staffId: v.handlerId }, purpose: 'archiveReturned',
        title: `案卷退回补正：${v.title}`, body: `档案管理人员退回了案卷 ${v.archiveCode}，需补正：${note}。补正后请重新移交审查（制度九（三））。`,
        link: `/packages/archives/pages/volume/index?id=${encodeURIComponent(v._id)}`, subject: `archiveVolume:${v._id}`,
      }, ctx.now);
    }
    return next;
  });
  return { volume: volumeView(volume, ctx.actor) };
}

/** The review steps a page may ask for through `step` (appraisal and destruction have their own actions). */
export const REVIEW_STEPS = Object.keys(STEP_LABELS) as (keyof typeof STEP_LABELS)[];
