import { toBeijingDate, beijingMinuteOfDay } from '../beijing';
import {
  CASE_RESULTS, DOCUMENT_KINDS, GREEN_GROUPS, HARDSHIP_BASES, MATTER_KINDS, OBJECTION_BODY, OBJECTION_REVIEW_DAYS, TERMINATION_REASONS,
  type CaseResult, type DocumentKind, type GreenGroup, type HardshipBasis, type HardshipReview, type MatterKind, type TerminationReason,
} from '../../shared/legal-aid';

/** The station that issues the documents. */
export const ISSUER = '西山镇公共法律服务工作站';
export const STATION_ADDRESS = '江西省南昌市新建区西山镇人民政府（西山司法所）';
export const STATION_PHONE = '0791-83280001';

/** What a document is built from: facts stored on the application, never typed twice. */
export interface DocumentFacts {
  applicationId: string;
  applicantName: string;
  /** In full on the issued document (the applicant's copy, the station's official one); masked on the copy for readers not entitled to it. */
  idNumber: string | null;
  matterKind: MatterKind;
  matterSummary: string;
  groups: GreenGroup[];
  greenChannel: boolean;
  urgent: boolean;
  hardship: HardshipBasis;
  hardshipReview: HardshipReview;
  receivedAt: number;
  issuedAt: number;
  issuedBy: string;
  materials?: { items: string[]; dueDate: string; note: string | null };
  decision?: { grant: boolean; reason: string | null };
  worker?: { name: string; organisation: string; phone: string };
  termination?: { reason: TerminationReason; explanation: string };
  closure?: { result: CaseResult; report: string };
}

/** A document as text: title, numbered reference, labelled facts, paragraphs, signature. */
export interface DocumentText {
  kind: DocumentKind;
  title: string;
  reference: string;
  facts: [label: string, value: string][];
  paragraphs: string[];
  signature: string[];
}

/** @example cnDate(Date.parse('2026-09-28T10:00:00+08:00')) // '2026年9月28日' */
export function cnDate(ms: number): string {
  const [y, m, d] = toBeijingDate(ms).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** @example cnDateTime(Date.parse('2026-09-28T10:05:00+08:00')) // '2026年9月28日 10:05' */
export function cnDateTime(ms: number): string {
  const minute = beijingMinuteOfDay(ms);
  return `${cnDate(ms)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** @example cnDay('2026-10-08') // '2026年10月8日' */
export function cnDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The reference number printed on a document: 西法援〔year〕kind-short id. */
export function referenceOf(kind: DocumentKind, id: string, issuedAt: number): string {
  const short: Record<DocumentKind, string> = {
    receipt: '受', materialsNotice: '补', grantDecision: '予', denyDecision: '不予', assignNotice: '指', terminateDecision: '终', withdrawNotice: '撤',
  };
  return `西法援${short[kind]}〔${toBeijingDate(issuedAt).slice(0, 4)}〕${id.replace(/^la_/, '').slice(0, 8).toUpperCase()}号`;
}

const objection = `如对本决定有异议，可以向${OBJECTION_BODY}提出，${OBJECTION_BODY}自收到异议之日起${OBJECTION_REVIEW_DAYS}日内审查并作出决定（《中华人民共和国法律援助法》第四十九条）。`;

function baseFacts(f: DocumentFacts): [string, string][] {
  const out: [string, string][] = [['申请人', f.applicantName]];
  if (f.idNumber) out.push(['身份证号', f.idNumber]);
  out.push(['申请事项', `${MATTER_KINDS[f.matterKind]}：${f.matterSummary}`], ['申请时间', cnDateTime(f.receivedAt)]);
  return out;
}

/**
 * The text of one document, from the application's stored facts.
 *
 * @example documentText('denyDecision', { …, decision: { grant: false, reason: '不属于法律援助范围' } }).paragraphs.some((p) => p.includes('新建区司法局')) // true
 */
export function documentText(kind: DocumentKind, f: DocumentFacts): DocumentText {
  const title = DOCUMENT_KINDS[kind];
  const signature = [ISSUER, cnDate(f.issuedAt), `经办人：${f.issuedBy}`];
  const text = (facts: [string, string][], paragraphs: string[]): DocumentText => ({
    kind, title, reference: referenceOf(kind, f.applicationId, f.issuedAt), facts, paragraphs, signature,
  });
  const groups = f.groups.map((g) => GREEN_GROUPS[g]).join('、');
  switch (kind) {
    case 'receipt':
      return text([
        ...baseFacts(f),
        ['办理方式', f.greenChannel ? `绿色通道（${groups}）：当天受理、当天审批、当天指派、当天援助` : f.urgent ? '先行提供法律援助，材料事后补充' : '一般程序：自收到申请之日起7日内作出决定'],
        ['经济困难审查', f.hardshipReview === 'exempt' ? `免予审查（${HARDSHIP_BASES[f.hardship]}）` : '以申请人个人诚信承诺为准'],
      ], [
        `${f.applicantName}：您的法律援助申请本站已于${cnDateTime(f.issuedAt)}受理。`,
        f.greenChannel || f.urgent
          ? '本站将在当天作出是否给予法律援助的决定并指派法律援助人员，当天与您联系。'
          : '本站将自收到申请之日起7日内作出是否给予法律援助的决定；决定给予的，3日内指派法律援助人员。',
        `如有疑问请拨打 ${STATION_PHONE}，或到${STATION_ADDRESS}咨询。本服务一律免费。`,
      ]);
    case 'materialsNotice':
      return text(baseFacts(f), [
        `${f.applicantName}：您的法律援助申请材料不齐全，请补充以下材料（一次性告知）：`,
        ...(f.materials?.items ?? []).map((m, i) => `${i + 1}. ${m}`),
        ...(f.materials?.note ? [`说明：${f.materials.note}`] : []),
        f.urgent
          ? '本案已先行提供法律援助，请在期限内补齐材料。'
          : `请于${cnDay(f.materials?.dueDate ?? toBeijingDate(f.issuedAt))}前补充。补充材料期间不计入审查期限；逾期未补充的，视为撤回申请（《中华人民共和国法律援助法》第四十三条）。`,
        `可在小程序「我的申请」中上传照片，或带到${STATION_ADDRESS}。电话：${STATION_PHONE}。`,
      ]);
    case 'grantDecision':
      return text(baseFacts(f), [
        `${f.applicantName}：经审查，您的申请符合法律援助条件，本站决定给予法律援助。`,
        '本站将指派法律援助人员为您提供法律援助，法律援助人员会主动与您联系。受援人应当如实陈述与案件有关的情况，及时提供证据材料，协助、配合办理法律援助事项。',
      ]);
    case 'denyDecision':
      return text([...baseFacts(f), ['不予法律援助的理由', f.decision?.reason ?? '']], [
        `${f.applicantName}：经审查，您的申请不符合法律援助条件，本站决定不予法律援助。理由如下：${f.decision?.reason ?? ''}`,
        objection,
      ]);
    case 'assignNotice':
      return text([
        ...baseFacts(f),
        ['承办人员', f.worker?.name ?? ''], ['所在单位', f.worker?.organisation ?? ''], ['联系电话', f.worker?.phone ?? ''],
      ], [
        `本站决定指派 ${f.worker?.organisation ?? ''} ${f.worker?.name ?? ''} 承办 ${f.applicantName} 的法律援助事项。`,
        '请承办人员及时与受援人联系，依法提供法律援助，按时报告进展，办结后提交结案报告。',
      ]);
    case 'terminateDecision':
      return text([...baseFacts(f), ['终止原因', f.termination ? TERMINATION_REASONS[f.termination.reason] : '']], [
        `${f.applicantName}：因${f.termination ? TERMINATION_REASONS[f.termination.reason] : ''}，本站决定终止法律援助（《中华人民共和国法律援助法》第四十八条）。`,
        ...(f.termination?.explanation ? [`说明：${f.termination.explanation}`] : []),
        objection,
      ]);
    case 'withdrawNotice':
      return text(baseFacts(f), [
        `${f.applicantName}：本站于${f.materials ? `通知您补充材料，期限至${cnDay(f.materials.dueDate)}` : '通知您补充材料'}，您未在期限内补充，依照《中华人民共和国法律援助法》第四十三条，视为撤回申请。`,
        `如仍需要法律援助，可以随时重新申请。电话：${STATION_PHONE}。`,
      ]);
  }
}

/** The closing report summary line used on the record. @example closingLine('settled') // '结案：和解' */
export function closingLine(result: CaseResult): string {
  return `结案：${CASE_RESULTS[result]}`;
}
