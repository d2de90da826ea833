import { assertOwnPhotos, keepPhotos, uploaderId } from '../files/uploads';
import type { Ctx } from '../core/define';
import type { Store } from '../ports/store';
import { AppError } from '../core/errors';
import { loadCalendar } from '../deadlines';
import { staffWithRole } from '../scheduler/staff-with-role';
import { toBeijingDate } from '../../domain/beijing';
import { clocksStoppedBy } from '../../domain/legal-aid';
import type { LegalAidView } from '../../shared/legal-aid';
import { materialsDueAt, moveResponsibility, pauseClocks, resumeClocks, startMaterialsClock, stopClocks, stopMaterialsClock } from './clocks';
import { issueDocument } from './documents';
import { legalAidSubject } from './ids';
import { LEGAL_AID_PURPOSES, tellApplicant, tellStaff } from './notify';
import { loadAsOwnerOrActor, loadFor, withHandler } from './parties';
import { byName, nextOrConflict, saveTransition, staffRefOf, withStep } from './steps';
import type { LegalAidDoc } from './types';
import { viewOf } from './views';

type Out = Promise<{ application: LegalAidView }>;

/**
 * 受理: applied → accepted. The caller becomes first responder (online applications) and a
 * handler, the accept clock stops, the 受理回执 is archived, the applicant and the directors
 * (who decide next) are told.
 *
 * @example await acceptApplication(ctx, { id })
 */
export async function acceptApplication(ctx: Ctx, input: { id: string }): Out {
  const by = staffRefOf(ctx.actor);
  const directors = (await staffWithRole(ctx.store, 'director')).map((s) => s._id);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const to = nextOrConflict(before, 'accept');
    let doc = await stopClocks(tx, before, clocksStoppedBy('accept'), ctx.now, '已受理');
    doc = { ...doc, firstResponder: doc.firstResponder ?? by, handlerIds: withHandler(doc.handlerIds, by.staffId) };
    doc = withStep(doc, 'accept', ctx.now, by.name, `${by.name} 受理`);
    doc = await issueDocument(tx, { ...doc, status: to }, 'receipt', ctx.now, by.name);
    await moveResponsibility(tx, doc, by.staffId, ctx.now);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.accept');
    await tellApplicant(tx, saved, 'accepted', { purpose: LEGAL_AID_PURPOSES.progress, title: '法律援助申请已受理', body: `${by.name} 已受理您的申请，受理回执可在「我的申请」中查看。` }, ctx.now);
    await tellStaff(tx, saved, 'accepted', directors, { purpose: LEGAL_AID_PURPOSES.progress, title: '法律援助待审批', body: `${saved.applicant.name} 的申请已受理，请审批${saved.greenChannel || saved.urgent ? '（绿色通道，今天办结）' : ''}。` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * The one-time written notice of missing materials (第43条, rule 三). On an ordinary or green
 * application: applied → materialsRequested and the clocks pause until they come (the time is
 * not counted); not supplied by the end of `dueDate` counts as withdrawn. On an urgent one
 * (先行提供, 第44条) the aid goes on: materials are owed, status and clocks stay.
 *
 * @example await requestMaterials(ctx, { id, items: ['低保证原件'], dueDate: '2026-12-03' })
 */
export async function requestMaterials(ctx: Ctx, input: { id: string; items: string[]; dueDate: string; note?: string }): Out {
  const by = staffRefOf(ctx.actor);
  if (input.dueDate < toBeijingDate(ctx.now)) throw new AppError('VALIDATION', '「补充期限」不能早于今天', 'dueDate');
  const calendar = await loadCalendar(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const before = await loadFor(tx, ctx.actor, input.id, 'act');
    const event = before.urgent ? 'materialsLater' : 'requestMaterials';
    const to = nextOrConflict(before, event);
    const dueAt = materialsDueAt(input.dueDate);
    let doc: LegalAidDoc = {
      ...before, handlerIds: withHandler(before.handlerIds, by.staffId),
      materials: { items: input.items, dueDate: input.dueDate, dueAt, note: input.note ?? null, requestedAt: ctx.now, suppliedAt: null, later: before.urgent, photoIds: [] },
      materialsDueAt: before.urgent ? null : dueAt,
    };
    if (!before.urgent) doc = await pauseClocks(tx, { ...doc, status: to }, ctx.now, calendar);
    else {
      const clock = await startMaterialsClock(tx, doc, input.dueDate, ctx.now, calendar, by.staffId);
      doc = { ...doc, materials: { ...doc.materials!, clockId: clock._id, lateAt: null, dueAt: clock.dueAt ?? dueAt } };
    }
    doc = withStep(doc, event, ctx.now, by.name, `${by.name} 书面通知补充材料：${input.items.join('、')}（${input.dueDate} 前）`);
    doc = await issueDocument(tx, doc, 'materialsNotice', ctx.now, by.name);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, `legalAid.${event}`);
    await tellApplicant(tx, saved, `materials:${saved.documents.length}`, {
      purpose: LEGAL_AID_PURPOSES.progress, title: '请补充法律援助申请材料',
      body: `请在 ${input.dueDate} 前补充：${input.items.join('、')}。${before.urgent ? '法律援助已先行提供，请按时补齐；逾期不补的，法律援助机构可以依法终止法律援助。' : '补充期间不计入办理时限，逾期未补充视为撤回申请。'}`,
    }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * The applicant (or staff, when they bring them to the window) supplies the materials:
 * materialsRequested → applied, the clocks run again with the paused time not counted. On an
 * urgent application the owed materials are marked supplied.
 *
 * @example await supplyMaterials(ctx, { id, photoIds: ['f_…'] })
 */
export async function supplyMaterials(ctx: Ctx, input: { id: string; photoIds?: string[]; note?: string }): Out {
  const calendar = await loadCalendar(ctx.store);
  return ctx.store.transaction(async (tx) => {
    const before = await loadAsOwnerOrActor(tx, ctx.actor, input.id);
    if (!before.materials || before.materials.suppliedAt !== null) throw new AppError('CONFLICT', '这份申请没有待补充的材料');
    const to = before.status === 'materialsRequested' ? nextOrConflict(before, 'supplyMaterials') : before.status;
    const photos = input.photoIds ?? [];
    if (ctx.actor.kind === 'resident') await assertOwnPhotos(tx, uploaderId(ctx.actor), photos, 'photoIds'); // issue 11: only their own uploads
    await keepPhotos(tx, photos, legalAidSubject(before._id)); // issue 10: kept photos are not swept; issue 11: read back through it
    await stopMaterialsClock(tx, before, ctx.now, '已补充材料');
    let doc: LegalAidDoc = {
      ...before, materials: { ...before.materials, suppliedAt: ctx.now, photoIds: photos }, materialsDueAt: null,
      photoIds: [...before.photoIds, ...photos.filter((p) => !before.photoIds.includes(p))],
    };
    if (before.status === 'materialsRequested') doc = await resumeClocks(tx, { ...doc, status: to }, ctx.now, calendar);
    doc = withStep(doc, 'supplyMaterials', ctx.now, byName(ctx.actor), `补充材料${photos.length ? `（照片 ${photos.length} 张）` : ''}${input.note ? `：${input.note}` : ''}`);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.supplyMaterials');
    await tellStaff(tx, saved, `supplied:${saved.steps.length}`, saved.handlerIds, { purpose: LEGAL_AID_PURPOSES.progress, title: '申请人已补充材料', body: `${saved.applicant.name} 已补充材料，请继续办理。` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * The applicant withdraws before a decision (or staff record that they did): every clock stops.
 * @example await withdrawApplication(ctx, { id, reason: '已和解' })
 */
export async function withdrawApplication(ctx: Ctx, input: { id: string; reason?: string }): Out {
  return ctx.store.transaction(async (tx) => {
    const before = await loadAsOwnerOrActor(tx, ctx.actor, input.id);
    const to = nextOrConflict(before, 'withdraw');
    let doc = await stopClocks(tx, before, clocksStoppedBy('withdraw'), ctx.now, '申请人撤回');
    doc = withStep({ ...doc, materialsDueAt: null }, 'withdraw', ctx.now, byName(ctx.actor), `申请人撤回申请${input.reason ? `：${input.reason}` : ''}`);
    const saved = await saveTransition(tx, before, doc, to, ctx.actor, ctx.now, 'legalAid.withdraw', input.reason);
    await tellStaff(tx, saved, 'withdrawn', saved.handlerIds, { purpose: LEGAL_AID_PURPOSES.progress, title: '法律援助申请已撤回', body: `${saved.applicant.name} 撤回了法律援助申请。` }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/** Applications whose materials deadline passed, a page at a time (by the materialsDueAt index). */
const LAPSE_PAGE = 100;

/**
 * The scheduler's sweep: materials not supplied by the end of the day given count as
 * withdrawal (第43条), told in writing (视为撤回申请告知书 archived, the applicant told). Each
 * application in its own transaction, re-read and re-checked, so a sweep that runs twice does
 * nothing twice. True when nothing more is due.
 *
 * @example await lapseOverdueMaterials(store, now) // true
 */
export async function lapseOverdueMaterials(store: Store, now: number): Promise<boolean> {
  const due = await store.find<LegalAidDoc>('legalAidApplications', { where: { materialsDueAt: { $lte: now } }, orderBy: [['materialsDueAt', 'asc']], limit: LAPSE_PAGE });
  for (const d of due) {
    await store.transaction(async (tx) => {
      const before = await tx.get<LegalAidDoc>('legalAidApplications', d._id);
      if (!before || before.status !== 'materialsRequested' || before.materialsDueAt === null || before.materialsDueAt > now) return;
      const actor = { kind: 'system' } as const;
      const to = nextOrConflict(before, 'lapse');
      let doc = await stopClocks(tx, before, clocksStoppedBy('lapse'), now, '逾期未补充材料，视为撤回');
      doc = withStep({ ...doc, materialsDueAt: null }, 'lapse', now, '系统', `逾期未补充材料（期限 ${before.materials?.dueDate}），视为撤回申请`);
      doc = await issueDocument(tx, doc, 'withdrawNotice', now, '系统');
      const saved = await saveTransition(tx, before, doc, to, actor, now, 'legalAid.lapse', '逾期未补充材料，视为撤回申请（法律援助法第43条）');
      await tellApplicant(tx, saved, 'lapsed', { purpose: LEGAL_AID_PURPOSES.decision, title: '法律援助申请视为撤回', body: '您未在期限内补充材料，申请视为撤回；书面告知书可在「我的申请」中查看。如仍需要，可以重新申请。' }, now);
      await tellStaff(tx, saved, 'lapsed', saved.handlerIds, { purpose: LEGAL_AID_PURPOSES.progress, title: '申请视为撤回', body: `${saved.applicant.name} 逾期未补充材料，申请视为撤回，已书面告知。` }, now);
    });
  }
  return due.length < LAPSE_PAGE;
}
