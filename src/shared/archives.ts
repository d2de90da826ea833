/**
 * Contract of the `archives` function (issue 15, rule 九 档案管理). Access: archivist, director,
 * admin (residents, window staff and unit liaisons: FORBIDDEN). Errors: VALIDATION (field named),
 * NOT_FOUND, CONFLICT (a month not yet ended, a step the volume's status does not allow,
 * destruction before its retention ends — whoever asks), FORBIDDEN.
 *
 * - `buildMonthlyVolume` { month: 'YYYY-MM' } → { volume } — 一月一卷 of last month's 来访/来电
 *   registrations (九(五)); the same month again answers the same volume.
 * - `buildLettersVolume` { period: 'YYYY-H1' | 'YYYY-H2' | 'YYYY' } → { volume } — the period's
 *   letters (channel letter / mailbox, 九(六)), half-yearly or yearly by the `letterFiling` setting;
 *   each item carries `parts` (来信 with its photos, 公文处理单, 拟办回信底稿, 回信正稿). Idempotent.
 * - `handOver` { half: 'YYYY-H1' | 'YYYY-H2' } → { volumes, remaining } — 送交统一保管 (九(五)):
 *   every filed volume of the half year handed over; when none is left in review the half year's
 *   task (opened by the scheduler in the first week of January and July) is done.
 * - `closedCases` { offset? } → { items: { applicationId, applicant, matter, closedOn, archiveCode | null, volumeId | null }[] }
 *   — closed legal-aid cases to bind (the applicant as the one access rule lets the keeper see them).
 * - `caseFile` { applicationId } → { fileName, contentType, base64 } — a closed legal-aid case's
 *   file for binding (九(四)): 案卷封面、卷内目录、案卷材料、结案报告表、封底, as one .docx.
 * - `buildCaseVolume` { applicationId } → { volume } — the closed case as one volume of 法律援助案件类
 *   (id 'vol:legalAid:<applicationId>', the case file's 档号, one item), handed in for review and
 *   then the same steps, lookups, appraisal and destruction as every volume (its destruction removes
 *   the application's personal data). The same case again answers the same volume.
 * - `volumes` { category?, status? } → { volumes }; `volume` { volumeId } → { volume, items? } (items
 *   only before filing; a filed volume is read through `lookup`).
 * - `step` { volumeId, step, note? } → { volume } — the pre-archive review and filing steps
 *   (handIn, pass, return (note = what is missing), bind, directorReview, file, handOver).
 * - `lookup` { volumeId, purpose, offset? } → { volume, items } and writes the 查阅登记 register.
 * - `lookups` { volumeId? } → { items: { by, at, purpose }[] }; `lookupsXlsx` → { fileName, base64 }.
 * - `proposeAppraisal` { volumeId, opinion } → { volume } (鉴定, by the legal-aid body);
 *   `approveDestruction` { volumeId, approver, documentNo, date } → { volume } (司法行政机关批准);
 *   `destroy` { volumeId, approvalRef } → { volume, register } (approvalRef = the approval's 文号).
 * - `destructions` {} → { items } (销毁清册); `settings` {} / `updateSettings` (admin) { fonds?, retention? }.
 */
export type ArchiveCategory = 'consultation' | 'legalAid' | 'administration';
export const ARCHIVE_CATEGORIES: Record<ArchiveCategory, string> = { consultation: '法律咨询类', legalAid: '法律援助案件类', administration: '行政管理类' };

/** 保管期限代码: D10 定期10年, D30 定期30年, Y 永久. */
export type RetentionCode = 'D10' | 'D30' | 'Y';
export const RETENTION_LABELS: Record<RetentionCode, string> = { D10: '定期10年', D30: '定期30年', Y: '永久' };

export type VolumeStatus =
  | 'building' | 'handedIn' | 'returned' | 'passed' | 'bound' | 'directorReviewed' | 'filed' | 'handedOver'
  | 'appraisalProposed' | 'approved' | 'destroyed';
export const VOLUME_STATUS_LABELS: Record<VolumeStatus, string> = {
  building: '正在组卷', handedIn: '待审查', returned: '已退回补正', passed: '审查通过', bound: '已装订',
  directorReviewed: '主任已审阅', filed: '已归档', handedOver: '已送交统一保管', appraisalProposed: '待批准销毁',
  approved: '已批准销毁', destroyed: '已销毁',
};

export type ReviewStep = 'handIn' | 'pass' | 'return' | 'bind' | 'directorReview' | 'file' | 'handOver';
export const STEP_LABELS: Record<ReviewStep, string> = {
  handIn: '移交审查', pass: '审查通过', return: '退回补正', bind: '装订成卷', directorReview: '领导审阅', file: '交档案管理人员归档', handOver: '送交统一保管',
};

/** Every step a volume's history can show, in the station's words. */
export const HISTORY_LABELS: Record<string, string> = {
  build: '按登记组卷', ...STEP_LABELS, proposeAppraisal: '提请鉴定', approveDestruction: '登记销毁批准', destroy: '销毁',
};

export interface VolumeHistoryEntry { step: string; at: number; by: string; note?: string }

export interface VolumeView {
  id: string;
  archiveCode: string;
  category: ArchiveCategory;
  categoryLabel: string;
  title: string;
  /** 'YYYY-MM' for a monthly volume. */
  period: string;
  fonds: string;
  retention: RetentionCode;
  retentionLabel: string;
  /** Last Beijing day it must be kept; null = 永久. */
  retentionEndsOn: string | null;
  itemCount: number;
  /** Staff id of who built or handed it in (a return is their task). */
  handlerId: string | null;
  status: VolumeStatus;
  statusLabel: string;
  history: VolumeHistoryEntry[];
  /** The steps the caller may take now (review, filing, appraisal, destruction). */
  steps: string[];
  appraisal?: { opinion: string; at: number; by: string };
  approval?: { approver: string; documentNo: string; date: string; at: number; by: string };
  returnedNote?: string;
}

/** The parts of a letter's file, in the order rule 九(六) names them. */
export type LetterPartKind = 'letter' | 'processingSlip' | 'draft' | 'reply';
export const LETTER_PARTS: Record<LetterPartKind, string> = { letter: '来信（函）', processingSlip: '公文处理单', draft: '拟办回信（函）底稿', reply: '回信（函）正稿' };

/** One part of a letter's file; `missing` when the matter does not hold it yet (the reviewer returns it). */
export interface LetterPart {
  kind: LetterPartKind;
  label: string;
  text: string;
  /** The letter's photos (cloud file ids), on the 来信 part. */
  photoIds?: string[];
  missing?: boolean;
}

export interface ArchiveItemView {
  id: string;
  itemNo: number;
  archiveCode: string;
  /** 'ticket:<id>', or 'legalAid:<applicationId>' (a case volume's one item) */
  subject: string;
  title: string;
  date: string;
  /** The person's contact as the one access rule lets this caller see it. */
  contact: { name?: string; phone?: string };
  summary?: string;
  /** A letter's file (letters volumes, rule 九(六)): 来信、公文处理单、拟办回信底稿、回信正稿, in that order. */
  parts?: LetterPart[];
}

export interface LookupEntry { id: string; volumeId: string; archiveCode: string; by: string; at: number; purpose: string }

export interface DestructionEntry {
  id: string; volumeId: string; archiveCode: string; title: string; itemCount: number; period: string;
  approver: string; documentNo: string; approvedOn: string; destroyedAt: number; by: string;
}

export interface ArchiveSettingsView {
  fonds: string;
  retention: Record<ArchiveCategory, 0 | 10 | 30>;
  letterFiling: 'halfYearly' | 'yearly';
}
