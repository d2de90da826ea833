import type { Tx } from '../ports/store';
import type { ClockDoc } from '../deadlines';
import { appendAudit, auditEvent } from '../content/audit';
import { MATERIALS_CLOCK } from '../../shared/legal-aid';
import { legalAidSubject } from './ids';
import { LEGAL_AID_PURPOSES, tellApplicant, tellStaff } from './notify';
import { withStep } from './steps';
import type { LegalAidDoc } from './types';

/**
 * When the materials an urgent application owes (先行提供, 第44条) run past their day unsupplied.
 * Our reading: 第43条's 「视为撤回」 is for an application still waiting on its materials before
 * aid; on an urgent one aid has already begun, so nothing is withdrawn silently. 第48条 lets the
 * centre terminate (e.g. the applicant does not cooperate or the grounds fall away) — that is a
 * decision for the director, in writing. So the lapse is recorded on the application (a step
 * and an audit event, `materials.lateAt`), the applicant is told plainly what is owed and what
 * may follow, and the directors are escalated to (with the engine's own 督办 and escalation
 * audit). Status and aid stay. Once per clock: the engine marks the clock overdue first.
 *
 * @example await onLegalAidClockOverdue(tx, clock, now, ['staff:director']) // records the lapse on an urgent application
 */
export async function onLegalAidClockOverdue(tx: Tx, clock: ClockDoc, now: number, directorIds: string[]): Promise<void> {
  if (clock.purpose !== MATERIALS_CLOCK) return;
  const doc = await tx.get<LegalAidDoc>('legalAidApplications', clock.subjectId);
  const m = doc?.materials;
  if (!doc || !doc.open || !m || m.suppliedAt !== null || m.clockId !== clock._id || m.lateAt) return;
  const items = m.items.join('、');
  const saved: LegalAidDoc = withStep({ ...doc, materials: { ...m, lateAt: now }, updatedAt: now }, 'materialsOverdue', now, '系统',
    `先行提供法律援助的补充材料逾期未补（期限 ${m.dueDate}：${items}），援助继续，已报主任决定是否依第48条终止`);
  await tx.put('legalAidApplications', saved);
  await appendAudit(tx, auditEvent({ at: now, actor: { kind: 'system' }, subject: legalAidSubject(doc._id), action: 'legalAid.materialsOverdue', from: { lateAt: null }, to: { lateAt: now, status: doc.status }, why: '先行提供法律援助，事后补充材料逾期（法律援助法第44条、第48条）' }));
  await tellApplicant(tx, saved, `materialsLate:${m.requestedAt}`, {
    purpose: LEGAL_AID_PURPOSES.progress, title: '补充材料已逾期',
    body: `您应在 ${m.dueDate} 前补充的材料（${items}）还没有收到。法律援助没有停止，请尽快送到工作站或在「我的申请」中补充；长期不补的，法律援助机构可以依法终止法律援助。`,
  }, now);
  await tellStaff(tx, saved, `materialsLate:${m.requestedAt}`, directorIds, {
    purpose: LEGAL_AID_PURPOSES.progress, title: '先行援助补充材料逾期',
    body: `${saved.applicant.name} 的先行提供法律援助，补充材料（${items}）已过 ${m.dueDate} 仍未补充。援助未停止；请决定督促补充、延长期限，或依法律援助法第48条书面终止。`,
  }, now);
}
