import type { Ctx } from '../core/define';
import type { Tx } from '../ports/store';
import { isStationStaff } from '../core/access';
import { documentText, maskIdNumber, type DocumentFacts } from '../../domain/legal-aid';
import { DOCUMENT_KINDS, type DocumentKind, type LegalAidDocumentFile } from '../../shared/legal-aid';
import { logAccess } from '../tickets/get';
import { AppError } from '../core/errors';
import { renderDocx } from './docx';
import { legalAidSubject } from './ids';
import { loadFor, mayReadIdNumber } from './parties';
import type { LegalAidDoc, LegalAidDocumentDoc } from './types';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Documents addressed to the applicant (shown on 我的申请); the 指派通知书 is for the worker. */
const FOR_APPLICANT: Record<DocumentKind, boolean> = {
  receipt: true, materialsNotice: true, grantDecision: true, denyDecision: true, assignNotice: false, terminateDecision: true, withdrawNotice: true,
};

/**
 * The facts a document is printed from: the stored application, the id number in full or masked.
 *
 * @example factsOf(doc, now, '示例·张某', 'masked').idNumber // '360***********0019'
 */
export function factsOf(doc: LegalAidDoc, at: number, by: string, idNumber: 'full' | 'masked'): DocumentFacts {
  const id = doc.applicant.idNumber ?? null;
  const f: DocumentFacts = {
    applicationId: doc._id, applicantName: doc.applicant.name, idNumber: id && idNumber === 'masked' ? maskIdNumber(id) : id,
    matterKind: doc.matter.kind, matterSummary: doc.matter.summary, groups: doc.greenGroups, greenChannel: doc.greenChannel, urgent: doc.urgent,
    hardship: doc.hardship, hardshipReview: doc.hardshipReview, receivedAt: doc.receivedAt, issuedAt: at, issuedBy: by,
  };
  if (doc.materials) f.materials = { items: doc.materials.items, dueDate: doc.materials.dueDate, note: doc.materials.note };
  if (doc.decision) f.decision = { grant: doc.decision.grant, reason: doc.decision.reason };
  if (doc.worker) f.worker = { name: doc.worker.name, organisation: doc.worker.organisation, phone: doc.worker.phone };
  if (doc.termination) f.termination = { reason: doc.termination.reason, explanation: doc.termination.explanation };
  if (doc.closure) f.closure = { result: doc.closure.result, report: doc.closure.report };
  return f;
}

/**
 * Issues a printable document inside the transaction that made it due: the .docx is built from
 * the stored application, archived in `legalAidDocuments` and listed on the application.
 * issue 11: the document as issued carries the applicant's id number in full (the 法律援助法
 * documents identify the applicant by it); when there is one, a copy with it masked is kept
 * beside it for readers the access rule does not entitle (see {@link readDocument}).
 * Answers the application with the document listed (not yet written: the caller puts it).
 *
 * @example doc = await issueDocument(tx, doc, 'receipt', now, '示例·张某');
 */
export async function issueDocument(tx: Tx, doc: LegalAidDoc, kind: DocumentKind, at: number, by: string): Promise<LegalAidDoc> {
  const id = `lad_${doc._id.slice(3)}_${doc.documents.length + 1}`;
  const bytes = await renderDocx(documentText(kind, factsOf(doc, at, by, 'full')));
  const masked = doc.applicant.idNumber ? await renderDocx(documentText(kind, factsOf(doc, at, by, 'masked'))) : null;
  const archived: LegalAidDocumentDoc = {
    _id: id, applicationId: doc._id, kind, title: DOCUMENT_KINDS[kind], filename: `${DOCUMENT_KINDS[kind]}-${doc.applicant.name}-${doc._id.slice(3, 11)}.docx`,
    issuedAt: at, issuedBy: by, forApplicant: FOR_APPLICANT[kind], base64: bytes.toString('base64'), bytes: bytes.length,
    ...(masked ? { maskedBase64: masked.toString('base64') } : {}),
  };
  await tx.create('legalAidDocuments', archived);
  return { ...doc, documents: [...doc.documents, { id, kind, title: archived.title, issuedAt: at, forApplicant: archived.forApplicant }] };
}

/**
 * One archived document for printing or download: the caller must be allowed to see the
 * application (one access rule); the applicant gets only those addressed to them. issue 11: the
 * id number in full for those the rule lets read it (the applicant, the case's handlers — the
 * assigned worker among them — and the director/admin), masked for everyone else. Every staff
 * read is written to the access log, a full id-number read with `applicant.idNumber` as `get`
 * writes it.
 *
 * @example await readDocument(ctx, { id: 'la_…', documentId: 'lad_…_1' }) // { filename: '法律援助申请受理回执-….docx', base64 }
 */
export async function readDocument(ctx: Ctx, input: { id: string; documentId: string }): Promise<LegalAidDocumentFile> {
  return ctx.store.transaction(async (tx) => {
    const doc = await loadFor(tx, ctx.actor, input.id, 'see');
    const file = await tx.get<LegalAidDocumentDoc>('legalAidDocuments', input.documentId);
    const staff = isStationStaff(ctx.actor) || (ctx.actor.kind === 'staff' && mayReadIdNumber(ctx.actor, doc));
    if (!file || file.applicationId !== doc._id || (!staff && !file.forApplicant)) throw new AppError('NOT_FOUND', '没有找到这份文书', 'documentId');
    const full = file.maskedBase64 !== undefined && mayReadIdNumber(ctx.actor, doc);
    if (ctx.actor.kind === 'staff') {
      const idRead = full && doc.ownerOpenid !== ctx.actor.openid ? ['applicant.idNumber'] : [];
      await logAccess(tx, ctx.actor, legalAidSubject(doc._id), [`document:${file.kind}`, ...idRead], 'legalAid.document', ctx.now);
    }
    return { filename: file.filename, contentType: DOCX_TYPE, base64: full || file.maskedBase64 === undefined ? file.base64 : file.maskedBase64 };
  });
}
