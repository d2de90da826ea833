import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { createOnce } from '../outbox/create-once';
import { assertOwnPhotos, keepPhotos, uploaderId } from '../files/uploads';
import { appendAudit, auditEvent } from '../content/audit';
import { loadCalendar } from '../deadlines';
import { staffWithRole } from '../scheduler/staff-with-role';
import { beijingInstant, toBeijingDate } from '../../domain/beijing';
import { legalAidApplyRefusal } from '../../domain/limits';
import { basisMismatch, clocksAtReceipt, greenGroupsOf, hardshipReviewOf, isGreenChannel, trackOf, queueKeyOf } from '../../domain/legal-aid';
import { GREEN_GROUPS, LEGAL_AID_CHANNELS, type LegalAidChannel, type LegalAidView, type StaffRef } from '../../shared/legal-aid';
import { startClocks } from './clocks';
import { legalAidIdFor, legalAidSubject } from './ids';
import { LEGAL_AID_PURPOSES, tellApplicant, tellStaff } from './notify';
import { loadFor } from './parties';
import type { ApplyInput, RegisterInput } from './schemas';
import { staffRefOf } from './steps';
import type { LegalAidDoc } from './types';
import { viewOf } from './views';

type Common = Omit<ApplyInput, 'relation'> & { relation?: string };

/** The cross-field rules of an application; throws VALIDATION naming the field, before anything is written. */
export function checkApplication(input: Common): void {
  const bad = (message: string, field: string) => new AppError('VALIDATION', message, field);
  const mismatch = basisMismatch(input.hardship, input.matter.kind);
  if (mismatch) throw bad(mismatch, 'hardship');
  if (hardshipReviewOf(input.hardship, input.matter.kind) === 'required' && !input.declaration) {
    throw bad('「个人诚信承诺」不能为空：请如实写明家庭经济情况并勾选承诺', 'declaration.income');
  }
  if (input.urgent && !input.urgentReason) throw bad('「紧急情况说明」不能为空：请写明哪天到期或为什么紧急', 'urgentReason');
  if (input.applicant.birthDate && input.applicant.idNumber) {
    const fromId = `${input.applicant.idNumber.slice(6, 10)}-${input.applicant.idNumber.slice(10, 12)}-${input.applicant.idNumber.slice(12, 14)}`;
    if (fromId !== input.applicant.birthDate) throw bad('「出生日期」与身份证号不一致，请核对', 'applicant.birthDate');
  }
}

/** The birth date an id number carries, when only the id number was given. */
function birthDateOf(input: Common): string | undefined {
  if (input.applicant.birthDate) return input.applicant.birthDate;
  const id = input.applicant.idNumber;
  return id ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : undefined;
}

/** A new application, not yet written: no clocks yet. */
function newDoc(id: string, requestKey: string, input: Common, channel: LegalAidChannel, owner: string | null, by: StaffRef | null, now: number): LegalAidDoc {
  const day = toBeijingDate(now);
  const birthDate = birthDateOf(input);
  const greenGroups = greenGroupsOf(input.groups, birthDate, day, input.hardship);
  const greenChannel = isGreenChannel(greenGroups);
  const urgent = input.urgent === true;
  const applicant = { name: input.applicant.name, phone: input.applicant.phone, ...(input.applicant.idNumber ? { idNumber: input.applicant.idNumber } : {}), ...(birthDate ? { birthDate } : {}) };
  const how = greenChannel ? `绿色通道：${greenGroups.map((g) => GREEN_GROUPS[g]).join('、')}` : urgent ? '先行提供法律援助' : '一般程序';
  return {
    _id: id, requestKey, ownerOpenid: owner, channel, status: 'applied', open: true, applicant, relation: input.relation ?? null,
    groups: [...new Set(input.groups)], greenGroups, greenChannel, urgent, urgentReason: urgent ? input.urgentReason ?? null : null,
    hardship: input.hardship, hardshipReview: hardshipReviewOf(input.hardship, input.matter.kind), declaration: input.declaration ?? null,
    matter: { kind: input.matter.kind, summary: input.matter.summary, ...(input.matter.opponent ? { opponent: input.matter.opponent } : {}) },
    photoIds: input.photoIds ?? [], receivedAt: now, receivedDay: day, sameDayDate: '', clocks: [], dueAt: null, duePurpose: null,
    queueKey: queueKeyOf(greenChannel, null, now, id), materials: null, materialsDueAt: null, decision: null, worker: null, workerStaffId: '',
    progress: [], closure: null, termination: null, firstResponder: by, handlerIds: by ? [by.staffId] : [],
    steps: [{ kind: by ? 'registered' : 'applied', at: now, by: by?.name ?? '申请人', summary: `${LEGAL_AID_CHANNELS[channel]}（${how}）` }],
    documents: [], createdAt: now, updatedAt: now,
  };
}

/** Writes a new application with its receipt clocks, or answers the one the same request made. */
async function create(ctx: Ctx, doc: LegalAidDoc, responsible: string | null, tell: string[]): Promise<{ application: LegalAidView }> {
  const calendar = await loadCalendar(ctx.store);
  return ctx.store.transaction(async (tx) => {
    if (!(await createOnce(tx, 'legalAidApplications', doc))) return { application: viewOf(await loadFor(tx, ctx.actor, doc._id, 'see'), ctx.actor) };
    await keepPhotos(tx, doc.photoIds, legalAidSubject(doc._id)); // issue 10: kept photos are not swept; issue 11: read back through it
    const started = await startClocks(tx, doc, clocksAtReceipt(trackOf(doc)), ctx.now, calendar, responsible);
    const accept = started.clocks.find((c) => c.purpose === 'legalAid.accept');
    const saved = { ...started, sameDayDate: accept?.dueAt ? toBeijingDate(accept.dueAt) : '' };
    await tx.put('legalAidApplications', saved);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: legalAidSubject(doc._id), action: 'legalAid.apply', to: { status: 'applied', greenChannel: doc.greenChannel, urgent: doc.urgent, channel: doc.channel } }));
    const lane = saved.greenChannel ? '绿色通道，当天受理、审批、指派、援助' : saved.urgent ? '先行提供法律援助，今天办理' : '7日内作出决定';
    await tellStaff(tx, saved, 'applied', tell, { purpose: LEGAL_AID_PURPOSES.received, title: '新的法律援助申请', body: `${saved.applicant.name} 申请法律援助（${lane}）。` }, ctx.now);
    await tellApplicant(tx, saved, 'applied', {
      purpose: LEGAL_AID_PURPOSES.received, title: '法律援助申请已收到',
      body: saved.greenChannel || saved.urgent ? '您的申请走绿色通道，工作站今天就会受理、审批并指派人员与您联系。' : '工作站会尽快受理，并在7日内作出是否给予法律援助的决定。',
    }, ctx.now);
    return { application: viewOf(saved, ctx.actor) };
  });
}

/**
 * A resident applies in the mini-program, for themselves or a family member; the caller owns
 * the application. The same requestId again answers the first application and writes nothing.
 * Green-channel and urgent applications start the four same-day clocks, others the 7-day one.
 *
 * @example await applyOnline(ctx, { requestId: 'r-12345678', applicant: { name: '陈大爷', phone: '13812345678' }, groups: ['elderly'], matter: { kind: 'alimony', summary: '…' }, hardship: 'dibao' })
 */
export async function applyOnline(ctx: Ctx, input: ApplyInput): Promise<{ application: LegalAidView }> {
  if (ctx.actor.kind !== 'resident' && ctx.actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
  checkApplication(input);
  const key = `openid:${ctx.actor.openid}`;
  const id = legalAidIdFor(key, input.requestId);
  const existing = await ctx.store.get<LegalAidDoc>('legalAidApplications', id);
  if (existing) return { application: viewOf(existing, ctx.actor) };
  const today = await ctx.store.count('legalAidApplications', { ownerOpenid: ctx.actor.openid, receivedAt: { $gte: beijingInstant(toBeijingDate(ctx.now), '00:00') } });
  const refusal = legalAidApplyRefusal(today); // issue 10/11: what one person may start
  if (refusal) throw new AppError('RATE_LIMITED', refusal);
  await assertOwnPhotos(ctx.store, uploaderId(ctx.actor), input.photoIds ?? [], 'photoIds'); // issue 11: only the caller's own uploads
  const staff = [...(await staffWithRole(ctx.store, 'staff')), ...(await staffWithRole(ctx.store, 'director'))].map((s) => s._id);
  return create(ctx, newDoc(id, `${key}|${input.requestId}`, input, 'online', ctx.actor.openid, null, ctx.now), null, staff);
}

/**
 * Window staff register an application made in person or by phone (most elderly applicants come
 * in person); the caller is first responder and handles it. Same requestId → the first one.
 *
 * @example await registerApplication(ctx, { requestId: 'r-12345678', channel: 'walkIn', applicant: { name: '李某', phone: '13900001111' }, groups: ['migrantWorker'], matter: { kind: 'wages', summary: '…' }, hardship: 'migrantWage' })
 */
export async function registerApplication(ctx: Ctx, input: RegisterInput): Promise<{ application: LegalAidView }> {
  const by = staffRefOf(ctx.actor);
  checkApplication(input);
  const key = `staff:${by.staffId}`;
  const id = legalAidIdFor(key, input.requestId);
  const existing = await ctx.store.get<LegalAidDoc>('legalAidApplications', id);
  if (existing) return { application: viewOf(existing, ctx.actor) };
  const { channel, ...rest } = input;
  return create(ctx, newDoc(id, `${key}|${input.requestId}`, rest, channel, null, by, ctx.now), by.staffId, []);
}
