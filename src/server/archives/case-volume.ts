import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { assertMay } from '../core/matter-access';
import { appendAudit, auditEvent } from '../content/audit';
import { toBeijingDate } from '../../domain/beijing';
import { cnDate } from '../../domain/legal-aid';
import { MATTER_KINDS } from '../../shared/legal-aid';
import type { RetentionCode, VolumeView } from '../../shared/archives';
import { partiesOf } from '../legal-aid/parties';
import type { LegalAidDoc } from '../legal-aid/types';
import { claimCode, type CaseFileDoc } from './case-file';
import { caseSubject, caseVolumeId } from './case-ids';
import type { ItemDoc, VolumeDoc } from './types';
import { volumeView } from './views';

const YEARS: Record<RetentionCode, 0 | 10 | 30> = { D10: 10, D30: 30, Y: 0 };

/** The volume of one case, numbered by its 档号 (one item: the case file), handed in for review. */
function caseVolume(ctx: Ctx, doc: LegalAidDoc, code: CaseFileDoc): { volume: VolumeDoc; item: ItemDoc } {
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  const closedAt = doc.closure!.at;
  const itemNo = Number(code.archiveCode.slice(code.archiveCode.lastIndexOf('-') + 1));
  const retention = code.retention as RetentionCode;
  const title = `法律援助案件：${MATTER_KINDS[doc.matter.kind]}（${cnDate(closedAt)}结案）`; // no name: the title outlives the data in the 销毁清册
  const volume: VolumeDoc = {
    _id: caseVolumeId(doc._id), category: 'legalAid', title, period: toBeijingDate(closedAt).slice(0, 7), year: code.year,
    fonds: code.archiveCode.slice(0, code.archiveCode.indexOf('-')), retention, retentionYears: YEARS[retention], retentionEndsOn: code.retentionEndsOn,
    firstNo: itemNo, itemCount: 1, archiveCode: code.archiveCode, status: 'handedIn',
    handlerId: ctx.actor.kind === 'staff' ? ctx.actor.staffId : null,
    history: [{ step: 'build', at: ctx.now, by }, { step: 'handIn', at: ctx.now, by }], createdAt: ctx.now, updatedAt: ctx.now,
  };
  const item: ItemDoc = {
    _id: `${volume._id}:00001`, volumeId: volume._id, position: 1, itemNo, archiveCode: code.archiveCode,
    subject: caseSubject(doc._id), title: `法律援助案卷（${MATTER_KINDS[doc.matter.kind]}）`, date: toBeijingDate(closedAt),
  };
  return { volume, item };
}

/**
 * Rule 九(二)(四): a closed legal-aid case becomes one volume of 法律援助案件类, under the 档号 its
 * case file carries (`caseFile`, given once either way), and goes the same way as every volume —
 * review, binding, 领导审阅, filing, hand-over, lookups with a purpose, appraisal and approved
 * destruction (which removes the application's personal data, destroy.ts). Idempotent: the same
 * case again — also two taps at once — answers the same volume. Not closed: CONFLICT.
 *
 * @example await buildCaseVolume(ctx, { applicationId: 'la_…' }) // { volume: { id: 'vol:legalAid:la_…', archiveCode: 'X001-WS·2026-D30-YZ-0001', category: 'legalAid', status: 'handedIn', … } }
 */
export async function buildCaseVolume(ctx: Ctx, input: { applicationId: string }): Promise<{ volume: VolumeView }> {
  const existing = await ctx.store.get<VolumeDoc>('archiveVolumes', caseVolumeId(input.applicationId));
  if (existing) return { volume: volumeView(existing, ctx.actor) };
  const doc = await ctx.store.get<LegalAidDoc>('legalAidApplications', input.applicationId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份法律援助申请，请刷新后再试', 'applicationId');
  assertMay(ctx.actor, { ...partiesOf(doc), inArchive: true }, 'see', '没有找到这份法律援助申请，请刷新后再试', 'applicationId');
  if (doc.status !== 'closed' || !doc.closure) throw new AppError('CONFLICT', '这件法律援助案件还没有结案，结案后才能立卷归档', 'applicationId');
  const code = await claimCode(ctx, doc);
  const { volume, item } = caseVolume(ctx, doc, code);
  try {
    const made = await ctx.store.transaction(async (tx) => {
      const again = await tx.get<VolumeDoc>('archiveVolumes', volume._id);
      if (again) return again;
      await tx.create('archiveVolumes', volume);
      await tx.put('archiveItems', item);
      await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `archiveVolume:${volume._id}`, action: 'archives.build', to: { archiveCode: volume.archiveCode, itemCount: 1 } }));
      return volume;
    });
    return { volume: volumeView(made, ctx.actor) };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'CONFLICT') throw err;
    const raced = await ctx.store.get<VolumeDoc>('archiveVolumes', volume._id); // two taps at once: the other one built it
    if (!raced) throw err;
    return { volume: volumeView(raced, ctx.actor) };
  }
}
