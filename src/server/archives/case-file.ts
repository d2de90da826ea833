import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import { assertMay, contactFor } from '../core/matter-access';
import { appendAudit, auditEvent } from '../content/audit';
import { codePrefix, itemArchiveCode, retentionCode, retentionEndsOn } from '../../domain/archives';
import { cnDate, documentText, maskIdNumber } from '../../domain/legal-aid';
import {
  CASE_RESULTS, DOCUMENT_KINDS, HARDSHIP_BASES, LEGAL_AID_CHANNELS, MATTER_KINDS, PROGRESS_KINDS,
} from '../../shared/legal-aid';
import { RETENTION_LABELS } from '../../shared/archives';
import { DOCX_TYPE, factsOf } from '../legal-aid/documents';
import { mayReadIdNumber, partiesOf } from '../legal-aid/parties';
import { legalAidSubject } from '../legal-aid/ids';
import type { LegalAidDoc, LegalAidDocumentDoc } from '../legal-aid/types';
import { logAccess } from '../tickets/get';
import { readSettings } from './settings';

/** The 档号 a case file was given, once (`archiveCaseFiles`, `_id` = the application's id). */
interface CaseFileDoc { _id: string; archiveCode: string; year: number; retention: string; retentionEndsOn: string | null; at: number; by: string; [k: string]: unknown }

/** The five parts of a legal-aid case file, in the order rule 九(四) fixes. */
export const CASE_FILE_PARTS = ['案卷封面', '卷内目录', '案卷材料', '结案报告表', '封底'] as const;

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const run = (text: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: opts.size ?? 24, bold: opts.bold });
const para = (text: string) => new Paragraph({ spacing: { before: 120, line: 360 }, children: [run(text)] });
const heading = (text: string, level: typeof HeadingLevel.HEADING_1 | typeof HeadingLevel.HEADING_2 = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, alignment: level === HeadingLevel.HEADING_1 ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 240, after: 200 }, children: [run(text, { bold: true, size: level === HeadingLevel.HEADING_1 ? 32 : 28 })] });
const pageBreak = () => new Paragraph({ children: [new PageBreak()] });
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: rows.map((cells, r) => new TableRow({
      children: cells.map((c, i) => new TableCell({
        width: { size: widths[i], type: WidthType.PERCENTAGE },
        children: c.split('\n').map((v) => new Paragraph({ children: [run(v, { bold: r === 0 && widths.length > 2 || (widths.length === 2 && i === 0) })] })),
      })),
    })),
  });
}

/** Gives the case its 档号 once (法律援助案件类 YZ, 件号 from the year's counter); again answers the same. */
async function claimCode(ctx: Ctx, doc: LegalAidDoc): Promise<CaseFileDoc> {
  const settings = await readSettings(ctx.store);
  const year = Number(new Date((doc.closure?.at ?? ctx.now) + 8 * 3600_000).toISOString().slice(0, 4));
  const years = settings.retention.legalAid;
  const parts = { fonds: settings.fonds, category: 'legalAid' as const, year, retention: retentionCode(years) };
  const counterId = `counter:${codePrefix(parts)}`;
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  const claim = () => ctx.store.transaction(async (tx) => {
    const existing = await tx.get<CaseFileDoc>('archiveCaseFiles', doc._id);
    if (existing) return existing;
    const next = (await tx.get<{ _id: string; next: number }>('archiveCounters', counterId))?.next ?? 1;
    const made: CaseFileDoc = { _id: doc._id, archiveCode: itemArchiveCode(parts, next), year, retention: parts.retention, retentionEndsOn: retentionEndsOn(year, years), at: ctx.now, by };
    await tx.create('archiveCaseFiles', made);
    await tx.put('archiveCounters', { _id: counterId, next: next + 1 });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: legalAidSubject(doc._id), action: 'archives.caseFile', to: { archiveCode: made.archiveCode } }));
    return made;
  });
  try {
    return await claim();
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return claim(); // two taps at once: the other one numbered it
    throw err;
  }
}

/** The materials of 案卷材料, in the case's order: the application, then each document as issued, then the progress. */
function materials(doc: LegalAidDoc, files: LegalAidDocumentDoc[], applicant: { name?: string; phone?: string }, idNumber: 'full' | 'masked'): Array<{ title: string; date: string; body: (Paragraph | Table)[] }> {
  const application = {
    title: '法律援助申请', date: cnDate(doc.receivedAt),
    body: [table([
      ['申请人', applicant.name ?? '（不显示）'], ['联系电话', applicant.phone ?? '（不显示）'],
      ['身份证号', doc.applicant.idNumber ? (idNumber === 'full' ? doc.applicant.idNumber : maskIdNumber(doc.applicant.idNumber)) : '—'],
      ['申请方式', LEGAL_AID_CHANNELS[doc.channel]], ['申请事项', `${MATTER_KINDS[doc.matter.kind]}：${doc.matter.summary}`],
      ['对方当事人', doc.matter.opponent ?? '—'], ['经济困难', HARDSHIP_BASES[doc.hardship]],
      ['绿色通道', doc.greenChannel ? '是' : '否'], ['申请材料照片', `${doc.photoIds.length} 张`],
    ], [25, 75])],
  };
  const issued = files.map((f) => {
    const text = documentText(f.kind, factsOf(doc, f.issuedAt, f.issuedBy, idNumber));
    return {
      title: DOCUMENT_KINDS[f.kind], date: cnDate(f.issuedAt),
      body: [para(text.reference), table(text.facts.map(([k, v]) => [k, v]), [25, 75]), ...text.paragraphs.map(para), ...text.signature.map(para)],
    };
  });
  const progress = doc.progress.length ? [{
    title: '法律援助办理进展记录', date: cnDate(doc.progress[doc.progress.length - 1].at),
    body: [table([['日期', '事项', '内容', '记录人'], ...doc.progress.map((p) => [cnDate(p.at), PROGRESS_KINDS[p.kind], p.text, p.by.name])], [20, 20, 45, 15])],
  }] : [];
  return [application, ...issued, ...progress];
}

/**
 * Rule 九(四): a closed legal-aid case's file for binding, as one real .docx (the `docx` library):
 * 案卷封面 (全宗号, 档号, the case, retention), 卷内目录 (every material with its date), 案卷材料 (the
 * application, each document as archived on it — receipt, decisions, notices, the assignment — and
 * the progress record), 结案报告表, 封底 (备考表) — in that order, each part on its own page. The
 * case gets its 档号 once (法律援助案件类); the applicant appears as the one access rule lets the
 * caller see them as an archive item (the archivist: name, phone and id number masked; the
 * id number whole only for those the legal-aid rule lets read it). Not closed: CONFLICT.
 *
 * @example await caseFile(ctx, { applicationId: 'la_…' }) // { fileName: '法律援助案卷-X001-WS·2026-D30-YZ-0001.docx', contentType, base64 }
 */
export async function caseFile(ctx: Ctx, input: { applicationId: string }): Promise<{ fileName: string; contentType: string; base64: string }> {
  const doc = await ctx.store.get<LegalAidDoc>('legalAidApplications', input.applicationId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份法律援助申请，请刷新后再试', 'applicationId');
  const parties = { ...partiesOf(doc), inArchive: true };
  assertMay(ctx.actor, parties, 'see', '没有找到这份法律援助申请，请刷新后再试', 'applicationId');
  if (doc.status !== 'closed' || !doc.closure) throw new AppError('CONFLICT', '这件法律援助案件还没有结案，结案后才能立卷归档', 'applicationId');
  const code = await claimCode(ctx, doc);
  const files: LegalAidDocumentDoc[] = [];
  for (const d of doc.documents) {
    const f = await ctx.store.get<LegalAidDocumentDoc>('legalAidDocuments', d.id);
    if (f) files.push(f);
  }
  const applicant = contactFor(ctx.actor, parties, { name: doc.applicant.name, phone: doc.applicant.phone });
  const settings = await readSettings(ctx.store);
  const caseName = `${applicant.name ?? '受援人'}${MATTER_KINDS[doc.matter.kind]}法律援助案`;
  const mats = materials(doc, files, applicant, mayReadIdNumber(ctx.actor, doc) ? 'full' : 'masked');
  const closedOn = cnDate(doc.closure.at);
  const by = ctx.actor.kind === 'staff' ? ctx.actor.name : '系统';
  const contents: string[][] = [['序号', '文件名称', '日期', '备注'],
    ...mats.map((m, i) => [String(i + 1), m.title, m.date, '']),
    [String(mats.length + 1), '法律援助案件结案报告表', closedOn, '']];
  const body = [
    heading('案卷封面'),
    para('西山镇公共法律服务工作站'), para('法律援助案件档案'),
    table([
      ['全宗号', settings.fonds], ['档号', code.archiveCode], ['案件名称', caseName], ['受援人', applicant.name ?? '（不显示）'],
      ['承办人员', doc.worker ? `${doc.worker.name}（${doc.worker.organisation}）` : '—'], ['受理日期', cnDate(doc.receivedAt)], ['结案日期', closedOn],
      ['保管期限', `${RETENTION_LABELS[code.retention as keyof typeof RETENTION_LABELS]}${code.retentionEndsOn ? `（保管到 ${code.retentionEndsOn}）` : ''}`],
      ['立卷人', code.by], ['立卷日期', cnDate(code.at)],
    ], [25, 75]),
    pageBreak(),
    heading('卷内目录'), table(contents, [10, 50, 25, 15]),
    pageBreak(),
    heading('案卷材料'),
    ...mats.flatMap((m, i) => [heading(`${i + 1}. ${m.title}`, HeadingLevel.HEADING_2), ...m.body]),
    pageBreak(),
    heading('结案报告表'),
    table([
      ['案件名称', caseName], ['承办人员', doc.worker?.name ?? '—'], ['结案日期', closedOn],
      ['结案方式', CASE_RESULTS[doc.closure.result]], ['结案报告', doc.closure.report], ['报告人', doc.closure.by.name],
    ], [25, 75]),
    pageBreak(),
    heading('封底'),
    para('卷内备考表'),
    table([
      ['本卷情况说明', `本卷共 ${mats.length + 1} 份材料（不含封面、目录、封底），按案卷封面、卷内目录、案卷材料、结案报告表、封底的顺序排列（制度九（四））。`],
      ['立卷人', code.by], ['检查人', by], ['立卷时间', cnDate(code.at)],
    ], [25, 75]),
  ];
  const actor = ctx.actor;
  if (actor.kind === 'staff') { // who read the person's file, and when (as every staff read of a legal-aid record is logged)
    const fields = ['caseFile', ...(applicant.phone && !applicant.phone.includes('*') ? ['applicant.phone'] : []), ...(mayReadIdNumber(actor, doc) && doc.applicant.idNumber ? ['applicant.idNumber'] : [])];
    await ctx.store.transaction((tx) => logAccess(tx, actor, legalAidSubject(doc._id), fields, 'archives.caseFile', ctx.now));
  }
  const bytes = await Packer.toBuffer(new Document({ creator: '西山镇公共法律服务工作站', title: `法律援助案卷 ${code.archiveCode}`, sections: [{ children: body }] }));
  return { fileName: `法律援助案卷-${code.archiveCode}.docx`, contentType: DOCX_TYPE, base64: bytes.toString('base64') };
}

/** A closed case waiting to be bound, or bound already (its 档号). */
export interface ClosedCaseRow { applicationId: string; applicant: string; matter: string; closedOn: string; archiveCode: string | null }

/**
 * The closed legal-aid cases (newest received first, 100 a page) for the archivist to bind, each
 * through the one access rule as an archive item (the applicant's name for the keeper), with the
 * 档号 once its file was made.
 *
 * @example await closedCases(ctx, {}) // { items: [{ applicationId: 'la_…', applicant: '陈大爷', matter: '赡养费、抚养费、扶养费', closedOn: '2026年12月20日', archiveCode: null }] }
 */
export async function closedCases(ctx: Ctx, input: { offset?: number }): Promise<{ items: ClosedCaseRow[] }> {
  const docs = await ctx.store.find<LegalAidDoc>('legalAidApplications', { where: { status: 'closed' }, orderBy: [['receivedAt', 'desc']], limit: 100, offset: input.offset ?? 0 });
  const items: ClosedCaseRow[] = [];
  for (const d of docs) {
    const parties = { ...partiesOf(d), inArchive: true };
    const who = contactFor(ctx.actor, parties, { name: d.applicant.name });
    const code = await ctx.store.get<CaseFileDoc>('archiveCaseFiles', d._id);
    items.push({ applicationId: d._id, applicant: who.name ?? '（不显示）', matter: MATTER_KINDS[d.matter.kind], closedOn: d.closure ? cnDate(d.closure.at) : '', archiveCode: code?.archiveCode ?? null });
  }
  return { items };
}
