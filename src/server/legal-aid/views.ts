import type { Actor } from '../ports/identity';
import { mayActor } from '../core/matter-access';
import { maskIdNumber, nextLegalAidStatus } from '../../domain/legal-aid';
import { LEGAL_AID_STATUSES, type LegalAidEvent, type LegalAidRow, type LegalAidView } from '../../shared/legal-aid';
import { mayReadIdNumber, partiesOf } from './parties';
import type { LegalAidDoc } from './types';

const STAFF_EVENTS: LegalAidEvent[] = ['accept', 'requestMaterials', 'materialsLater', 'supplyMaterials', 'grant', 'deny', 'assign', 'recordProgress', 'close', 'terminate', 'withdraw'];
const DIRECTOR_EVENTS: LegalAidEvent[] = ['grant', 'deny', 'assign', 'terminate'];

/** What the caller may do now: the status table, the one access rule and the role the action needs. */
function abilities(doc: LegalAidDoc, actor: Actor): Partial<Record<LegalAidEvent, boolean>> {
  const out: Partial<Record<LegalAidEvent, boolean>> = {};
  const act = mayActor(actor, partiesOf(doc), 'act');
  const director = actor.kind === 'staff' && actor.roles.includes('director');
  for (const e of STAFF_EVENTS) {
    let event = e;
    if (e === 'requestMaterials' && doc.urgent) event = 'materialsLater';
    const allowed = nextLegalAidStatus(doc.status, event) !== null && act && (!DIRECTOR_EVENTS.includes(e) || director);
    out[e] = e === 'materialsLater' ? allowed && doc.urgent : allowed;
  }
  return out;
}

/**
 * An application as the caller may see it: the id number in full only for the applicant, the
 * case's handlers and supervisors (masked for other staff, `idNumberMasked`); staff get `can`.
 *
 * @example viewOf(doc, ctx.actor).applicant.idNumber // '360***********123X' for a window colleague
 */
export function viewOf(doc: LegalAidDoc, actor: Actor): LegalAidView {
  const full = mayReadIdNumber(actor, doc);
  const id = doc.applicant.idNumber ?? null;
  const resident = actor.kind !== 'staff';
  const view: LegalAidView = {
    id: doc._id, status: doc.status, statusLabel: LEGAL_AID_STATUSES[doc.status], channel: doc.channel, greenChannel: doc.greenChannel,
    greenGroups: doc.greenGroups, urgent: doc.urgent, urgentReason: doc.urgentReason, hardship: doc.hardship, hardshipReview: doc.hardshipReview,
    applicant: { name: doc.applicant.name, phone: doc.applicant.phone, idNumber: id && !full ? maskIdNumber(id) : id, birthDate: doc.applicant.birthDate ?? null },
    idNumberMasked: id !== null && !full, relation: doc.relation, matter: doc.matter, declaration: doc.declaration, photoIds: doc.photoIds,
    receivedAt: doc.receivedAt, receivedDay: doc.receivedDay,
    clocks: doc.clocks.map((c) => ({ purpose: c.purpose, title: c.title, dueAt: c.dueAt, provisional: c.provisional, state: c.state, stoppedAt: c.stoppedAt, onTime: c.onTime })),
    materials: doc.materials ? { items: doc.materials.items, dueDate: doc.materials.dueDate, dueAt: doc.materials.dueAt, note: doc.materials.note, requestedAt: doc.materials.requestedAt, suppliedAt: doc.materials.suppliedAt, later: doc.materials.later, lateAt: doc.materials.lateAt ?? null } : null,
    decision: doc.decision,
    worker: doc.worker ? { id: doc.worker.id, name: doc.worker.name, organisation: doc.worker.organisation, phone: doc.worker.phone } : null,
    progress: doc.progress, closure: doc.closure, termination: doc.termination, firstResponder: doc.firstResponder,
    steps: resident ? doc.steps.filter((s) => s.kind !== 'referralUpdate') : doc.steps, // issue 13: a unit's answers and notes stay with staff
    documents: resident ? doc.documents.filter((d) => d.forApplicant) : doc.documents,
  };
  if (!resident) view.can = abilities(doc, actor);
  return view;
}

/** A queue / 我的申请 row. */
export function rowOf(doc: LegalAidDoc, now: number): LegalAidRow {
  const running = doc.clocks.find((c) => c.purpose === doc.duePurpose && c.state === 'running');
  return {
    id: doc._id, status: doc.status, statusLabel: LEGAL_AID_STATUSES[doc.status], greenChannel: doc.greenChannel, urgent: doc.urgent,
    applicantName: doc.applicant.name, matterKind: doc.matter.kind, receivedAt: doc.receivedAt, dueAt: doc.open ? doc.dueAt : null,
    duePurpose: doc.open ? doc.duePurpose : null, overdue: doc.open && doc.dueAt !== null && doc.dueAt <= now, provisional: running?.provisional ?? false,
    worker: doc.worker?.name ?? null,
    materials: doc.materials ? { dueDate: doc.materials.dueDate, dueAt: doc.materials.dueAt, suppliedAt: doc.materials.suppliedAt, lateAt: doc.materials.lateAt ?? null, later: doc.materials.later } : null,
  };
}
