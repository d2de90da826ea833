import { createHash } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { assertMay } from '../core/matter-access';
import { toBeijingDate } from '../../domain/beijing';
import { closingInstant } from '../../domain/deadlines';
import { draftProblem, withLead } from '../../domain/referrals/rules';
import { dueRule } from '../../domain/referrals/window';
import { loadCalendar, startClock } from '../deadlines';
import { REFERRAL_KINDS, referralLink, type ReferralKind, type ReferralUnitView } from '../../shared/referrals';
import { asStaff, refOf } from '../tickets/caller';
import { notFound as ticketNotFound } from '../tickets/load';
import type { TicketDoc } from '../tickets/types';
import { notFound as applicationNotFound } from '../legal-aid/parties';
import type { LegalAidDoc } from '../legal-aid/types';
import type { Tx } from '../ports/store';
import { partiesOfMatter, type ReferralMatter } from './parties';
import { appendAudit, auditEvent } from '../content/audit';
import { activeUnits, SUPERVISION_UNIT_ID } from './units';
import type { UnitDoc } from './types';
import { DUE_PURPOSE, dispatchUnits, unitsOf } from './dispatch';
import { onMatterTimeline } from './ticket-line';
import { liaisonsByUnit, tellStaffIds } from './notify';
import { unitViewOf } from './views';
import type { ReferralDoc } from './types';
import type { ReferInput } from './schemas';

/** A referral's id from its maker and page request: the same request finds the same referral. */
export function referralIdOf(staffId: string, requestId: string): string {
  return `rf_${createHash('sha256').update(`${staffId}|${requestId}`).digest('hex').slice(0, 20)}`;
}

/** 「县法律援助中心（牵头）、西山派出所」 */
export function unitNames(units: { name: string; lead: boolean }[]): string {
  return units.map((u) => (units.length > 1 && u.lead ? `${u.name}（牵头）` : u.name)).join('、');
}

export interface ReferResult {
  referral: { id: string; status: ReferralDoc['status']; acceptBy: number; units: ReferralUnitView[] };
}

/** The line the resident reads on their matter. Out of remit says where it went and how to reach it (二(五)). */
function residentLine(kind: ReferralKind, units: { name: string; phone: string; lead: boolean }[]): string {
  if (kind === 'outOfRemit') return `这件事不属于本工作站职责，已转交 ${units.map((u) => `${u.name}（电话 ${u.phone}）`).join('、')}办理`;
  return `已交办至 ${unitNames(units)} 办理`;
}

/**
 * What each kind asks of the matter and the units, or the problem: an explanation (八(七)) is asked
 * of the station's windows about a complaint; a major-complaint report (八(六)) goes to
 * 县局政工监察股 only, for a complaint marked major; out of remit (二(五)) goes to external units.
 * A legal-aid application (`ticket` null) is referred or forwarded, never either complaint kind.
 */
export function kindProblem(kind: ReferralKind, ticket: Pick<TicketDoc, 'type' | 'complaint'> | null, units: UnitDoc[]): { message: string; field: string } | null {
  if (!ticket && (kind === 'explanation' || kind === 'majorReport')) return { message: '法律援助申请只能「分流交办」或「非本站职责，转交主管部门」', field: 'kind' };
  if (!ticket) return kind === 'outOfRemit' && units.some((u) => u.kind !== 'external') ? { message: '不属于本站职责的事项，应转交外部的主管部门', field: 'units' } : null;
  if (kind === 'explanation' && ticket.type !== 'complaint') return { message: '只有投诉可以请窗口作出说明', field: 'kind' };
  if (kind === 'explanation' && units.some((u) => u.kind !== 'window')) return { message: '请窗口作出说明时，承办单位应是本站的窗口', field: 'units' };
  if (kind === 'majorReport' && !ticket.complaint?.major) return { message: '请先把这件投诉标记为重大投诉，再上报县局政工监察股', field: 'kind' };
  if (kind === 'majorReport' && (units.length !== 1 || units[0]._id !== SUPERVISION_UNIT_ID)) return { message: '重大投诉只上报县局政工监察股', field: 'units' };
  if (kind === 'outOfRemit' && units.some((u) => u.kind !== 'external')) return { message: '不属于本站职责的事项，应转交外部的主管部门', field: 'units' };
  return null;
}

/**
 * Exactly one matter is referred: a ticket or a legal-aid application (issue 13).
 * @example matterProblem({ ticketId: 'tk_1', applicationId: 'la_1' }) // { field: 'applicationId', … }
 */
export function matterProblem(input: { ticketId?: string; applicationId?: string }): { message: string; field: string } | null {
  if (input.ticketId && input.applicationId) return { message: '一次只能交办一件事：来件和法律援助申请只选一个', field: 'applicationId' };
  if (!input.ticketId && !input.applicationId) return { message: '请从来件或法律援助申请发起交办', field: 'ticketId' };
  return null;
}

/** The matter named by the input, read in the transaction, with the one access rule's 'act' on it; open only. */
async function referredMatter(tx: Tx, actor: ReturnType<typeof asStaff>, input: ReferInput): Promise<ReferralMatter> {
  if (input.ticketId) {
    const ticket = await tx.get<TicketDoc>('tickets', input.ticketId);
    if (!ticket) throw ticketNotFound();
    assertMay(actor, partiesOfMatter({ ticket, application: null }), 'act', undefined, 'ticketId', ticket.assignee?.name ?? ticket.firstResponder?.name);
    if (!ticket.open) throw new AppError('CONFLICT', '这件事已经办结，不能再交办');
    return { ticket, application: null };
  }
  const application = await tx.get<LegalAidDoc>('legalAidApplications', input.applicationId!);
  if (!application) throw applicationNotFound();
  assertMay(actor, partiesOfMatter({ ticket: null, application }), 'act', '没有找到这份法律援助申请，请刷新后再试', 'applicationId', application.firstResponder?.name);
  if (!application.open) throw new AppError('CONFLICT', '这份法律援助申请已经办结，不能再交办');
  return { ticket: null, application };
}

/**
 * `refer`: a station staff member refers a ticket — or a legal-aid application (issue 13) — to one or more units with the three elements
 * (rule 七(二)) and a lead unit (七(三)2). Checks everything before writing: VALIDATION for a
 * missing element, a past deadline, no lead or two among several, an unknown unit. Each unit
 * gets a 3-day answer clock; the referral's own deadline is a clock too; the ticket's timeline
 * shows the resident to whom it went; the liaisons are told. A repeated `requestId` answers the
 * first referral and writes nothing.
 *
 * @example await refer(ctx, { requestId: 'r-12345678', ticketId, units: [{ unitId: 'unit:court', lead: true }], content: '…', dueDate: '2026-12-10', requirements: '…' })
 */
export async function refer(ctx: Ctx, input: ReferInput): Promise<ReferResult> {
  const actor = asStaff(ctx.actor);
  const which = matterProblem(input);
  if (which) throw new AppError('VALIDATION', which.message, which.field);
  const today = toBeijingDate(ctx.now);
  const units = withLead(input.units);
  const problem = draftProblem({ ...input, units }, today);
  if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
  const registry = await activeUnits(ctx.store);
  const unknown = units.find((u) => !registry.some((r) => r._id === u.unitId));
  if (unknown) throw new AppError('VALIDATION', '「承办单位」不在单位名录里，请重新选择', 'units');
  const calendar = await loadCalendar(ctx.store);
  const liaisons = await liaisonsByUnit(ctx.store);
  const id = referralIdOf(actor.staffId, input.requestId);
  const kind = input.kind ?? 'referral';
  const made = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get<ReferralDoc>('referrals', id);
    if (existing) return { referral: existing, fresh: false };
    const matter = await referredMatter(tx, actor, input);
    const wrongKind = kindProblem(kind, matter.ticket, units.map((u) => registry.find((r) => r._id === u.unitId)!));
    if (wrongKind) throw new AppError('VALIDATION', wrongKind.message, wrongKind.field);
    const by = refOf(actor);
    const entries = unitsOf(registry, units, ctx.now, 1, calendar);
    const summary = residentLine(kind, entries);
    const referral: ReferralDoc = {
      _id: id, kind, ticketId: matter.ticket?._id ?? null, applicationId: matter.application?._id ?? null, status: 'sent', open: true,
      content: input.content.trim(), dueDate: input.dueDate, dueAt: closingInstant(calendar.isWorkingDay(input.dueDate) ? input.dueDate : calendar.nextWorkingDay(input.dueDate)),
      requirements: input.requirements.trim(), units: entries, unitIds: entries.map((u) => u.unitId), round: 1,
      createdAt: ctx.now, createdBy: by, result: null, guidance: null, residentMessage: null,
      notes: [{ at: ctx.now, kind: 'created', by, summary: `${by.name} ${REFERRAL_KINDS[kind]}：${unitNames(entries)}` }],
      handledRequests: { [input.requestId]: true }, updatedAt: ctx.now,
    };
    await tx.create('referrals', referral);
    await dispatchUnits(tx, referral, entries, calendar, ctx.now);
    await startClock(tx, {
      subject: { type: 'referral', id }, purpose: DUE_PURPOSE, title: `交办事项办理时限（${unitNames(entries)}）`,
      link: referralLink(id), rule: dueRule(today, input.dueDate), startedAt: ctx.now, responsibleStaffId: actor.staffId,
    }, calendar);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor, subject: `referral:${id}`, action: 'referral.create', to: { ticketId: referral.ticketId, applicationId: referral.applicationId, kind, units: referral.unitIds, dueDate: input.dueDate } }));
    const tell = kind === 'outOfRemit' ? { title: '您的事项已转交主管部门', body: `${summary}。如有疑问请拨打 0791-83280001。` } : undefined;
    await onMatterTimeline(tx, matter, 'referred', by, summary, actor, ctx.now, { tell });
    const toLiaisons = entries.flatMap((u) => liaisons.get(u.unitId) ?? []);
    await tellStaffIds(tx, referral, 'sent:1', toLiaisons, '新的交办事项', `工作站交办：${referral.content}（请在 3 日内确认是否受理）`, ctx.now);
    return { referral, fresh: true };
  });
  if ((made.referral.ticketId ?? undefined) !== input.ticketId || (made.referral.applicationId ?? undefined) !== input.applicationId) throw new AppError('CONFLICT', '这个请求编号已用于另一件交办事项，请刷新后再试');
  const r = made.referral;
  return { referral: { id: r._id, status: r.status, acceptBy: Math.min(...r.units.map((u) => u.acceptBy)), units: r.units.map(unitViewOf) } };
}
