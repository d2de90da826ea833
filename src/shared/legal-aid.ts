/**
 * THE CONTRACT of issue 11 (法律援助, rules 一(四)2, 一(四)4, 六(二); 法律援助法 2021), shared by
 * the mini-program pages and the `legalAid` cloud function. Names here are stable.
 *
 * Every call is `{ action, ...payload }` → `{ ok: true, data } | { ok: false, error: { code,
 * message (Chinese, show as is), field? } }`. A refused or invalid call writes nothing. Every
 * action may answer VALIDATION (`field` names the bad field), UNAUTHENTICATED, FORBIDDEN (role, or
 * not the case's handler), NOT_FOUND (no such application — also another resident's, so ids leak
 * nothing) and CONFLICT (the status does not allow it: {@link LEGAL_AID_TRANSITIONS}). Who may see
 * or change one application is decided by the one access rule (src/domain/access/matter.ts).
 * Instants are epoch ms; days 'YYYY-MM-DD' (Beijing).
 *
 * ## Residents (access `person`; their own applications only)
 * - `apply` {@link ApplyPayload} → `{ application: LegalAidView }`. The caller is the owner. The
 *   same `requestId` again answers the first application and writes nothing.
 * - `mine` {} → `{ items: LegalAidRow[] }` newest first.
 * - `get` { id } → `{ application: LegalAidView }` (the owner sees their own id number).
 * - `supplyMaterials` { id, photoIds?, note? } → `{ application }`: materialsRequested → applied,
 *   the paused clocks run again (the time spent supplying is not counted, 第43条).
 * - `withdraw` { id, reason? } → `{ application }` before a decision (staff may record it too).
 * - `document` { id, documentId } → {@link LegalAidDocumentFile} a printable document (.docx) of
 *   the application, base64; the resident gets the ones addressed to them.
 * - Rating: `ratings.rate` with subject `{ type: 'legalAid', id }` once the case is closed.
 *
 * ## Staff (access `staff`: window staff, director, admin; `legalAidWorker` where said)
 * - `register` {@link RegisterPayload} → `{ application }`: walk-in / phone applications; the
 *   caller is the first responder. Same requestId → the first application.
 * - `queue` { status?, green?, mine?, limit? (≤ 100), after? } → `{ items: LegalAidRow[], next,
 *   serverNow }`: open applications, green channel first, then by the earliest running due time.
 *   A legal-aid worker (role legalAidWorker) sees the cases assigned to them.
 * - `board` { date? } → {@link SameDayBoard}: today's green-channel applications and what is open
 *   on each of the five same-day steps.
 * - `accept` { id } → `{ application }`: applied → accepted, 受理回执 archived.
 * - `requestMaterials` { id, items (1–20), dueDate ('YYYY-MM-DD'), note? } → `{ application }`:
 *   the one-time written notice of what is missing (第43条, rule 三): applied →
 *   materialsRequested, clocks paused; 补充材料通知 archived. Not supplied by the end of dueDate →
 *   counts as withdrawn, told in writing (the scheduler's sweep). On an urgent application
 *   (先行提供, 第44条) the notice does not stop the aid: status and clocks stay, materials owed.
 * - `recordProgress` { id, kind: 'contact'|'hearing'|'note', at?, text } (also legalAidWorker on
 *   their case): assigned → aiding on the first contact, which stops the first-aid clock.
 * - `close` { id, result: 'won'|'settled'|'mediated'|'lost'|'other', report } (also
 *   legalAidWorker): aiding → closed with the closing report (结案报告); the resident is asked
 *   to rate.
 * - `roster` {} → `{ items: LegalAidWorker[] }` the legal-aid workers and their current load.
 *
 * ## The director (access `director`)
 * - `decide` { id, grant, reason? (required when grant is false) } → `{ application }`:
 *   accepted → granted | denied; 给予/不予法律援助决定书 archived; a refusal tells the applicant they
 *   may object to the 新建区司法局, which reviews within 5 days of receiving it (第49条; the law
 *   sets no time limit for raising the objection, so none is invented).
 * - `assign` { id, workerId } → `{ application }`: granted → assigned; 指派通知书 archived; the
 *   worker's load counted.
 * - `terminate` { id, reason: TerminationReason, explanation } → `{ application }`: 第48条,
 *   in writing (终止法律援助决定书 archived), the right to object told (第49条).
 * - `saveWorker` { id?, name, organisation, kind, phone, staffId?, active? } (director or admin)
 *   → `{ worker }`: the roster.
 */

/** Rule 一(四)2: the green-channel groups (绿色通道). */
export type GreenGroup = 'women' | 'minor' | 'elderly' | 'disabled' | 'migrantWorker' | 'serviceman';
export const GREEN_GROUPS: Record<GreenGroup, string> = {
  women: '妇女',
  minor: '未成年人',
  elderly: '老年人',
  disabled: '残疾人',
  migrantWorker: '农民工',
  serviceman: '现役军人',
};

/** What the matter is about (法律援助法 第31条, 第32条 and the criminal cases). */
export type MatterKind =
  | 'wages' | 'workInjury' | 'socialInsurance' | 'alimony' | 'stateCompensation' | 'medicalDamage'
  | 'productQuality' | 'environment' | 'domesticViolence' | 'criminal' | 'other';
export const MATTER_KINDS: Record<MatterKind, string> = {
  wages: '追索劳动报酬（讨薪）',
  workInjury: '工伤赔偿',
  socialInsurance: '社会保险待遇或社会救助',
  alimony: '赡养费、抚养费、扶养费',
  stateCompensation: '国家赔偿',
  medicalDamage: '医疗损害赔偿',
  productQuality: '食品药品、产品质量损害赔偿',
  environment: '环境污染、生态破坏损害赔偿',
  domesticViolence: '家庭暴力、虐待、遗弃',
  criminal: '刑事案件辩护或代理',
  other: '其他',
};

/**
 * The basis of the economic-hardship exemption (rule 一(四)4, 法律援助法 第42条), or
 * 'declaration': no exemption, the applicant's personal declaration (个人诚信承诺, 第41条).
 */
export type HardshipBasis = 'migrantWage' | 'dibao' | 'wubao' | 'tekun' | 'specialGroupNoIncome' | 'socialAssistance' | 'declaration';
export const HARDSHIP_BASES: Record<HardshipBasis, string> = {
  migrantWage: '农民工请求支付劳动报酬或工伤赔偿',
  dibao: '持最低生活保障证（低保）',
  wubao: '持“五保”供养证',
  tekun: '持特困户救助证',
  specialGroupNoIncome: '无固定生活来源的未成年人、老年人、残疾人',
  socialAssistance: '社会救助、司法救助或优抚对象',
  declaration: '以上都不是：本人填写经济状况并作诚信承诺',
};

/** The same bases in the plain words a resident reads on the form. */
export const HARDSHIP_PLAIN: Record<HardshipBasis, string> = {
  migrantWage: '我是农民工，要讨回工钱或工伤赔偿——不用证明家里经济困难',
  dibao: '我有低保证——带上低保证，不用另开经济困难证明',
  wubao: '我有五保供养证——带上五保证，不用另开经济困难证明',
  tekun: '我有特困户救助证——带上救助证，不用另开经济困难证明',
  specialGroupNoIncome: '我是没有固定收入的老人、残疾人或未成年人——不用另开经济困难证明',
  socialAssistance: '我正在领社会救助、司法救助或优抚——不用另开经济困难证明',
  declaration: '以上都不是——在申请表上如实写明家庭经济情况，签一份诚信承诺就可以，不用跑去开证明',
};

export type HardshipReview = 'exempt' | 'required';

export type LegalAidChannel = 'online' | 'walkIn' | 'phone';
export const LEGAL_AID_CHANNELS: Record<LegalAidChannel, string> = { online: '小程序申请', walkIn: '现场申请', phone: '电话申请' };

export type LegalAidStatus =
  | 'applied' | 'materialsRequested' | 'accepted' | 'granted' | 'denied' | 'assigned' | 'aiding' | 'closed' | 'terminated' | 'withdrawn';
export const LEGAL_AID_STATUSES: Record<LegalAidStatus, string> = {
  applied: '已申请，待受理',
  materialsRequested: '待补充材料',
  accepted: '已受理，待审批',
  granted: '已决定给予援助，待指派',
  denied: '不予法律援助',
  assigned: '已指派，待援助人员联系',
  aiding: '援助中',
  closed: '已结案',
  terminated: '已终止援助',
  withdrawn: '已撤回',
};

export type LegalAidEvent =
  | 'requestMaterials' | 'supplyMaterials' | 'lapse' | 'materialsLater' | 'accept' | 'grant' | 'deny' | 'assign'
  | 'recordProgress' | 'close' | 'terminate' | 'withdraw';

/**
 * Every allowed step of an application (anything not listed is refused with CONFLICT):
 *
 * | from               | events → to |
 * |--------------------|-------------|
 * | applied            | accept → accepted; requestMaterials → materialsRequested; materialsLater → applied; withdraw → withdrawn |
 * | materialsRequested | supplyMaterials → applied; lapse → withdrawn; withdraw → withdrawn |
 * | accepted           | grant → granted; deny → denied; materialsLater → accepted; withdraw → withdrawn |
 * | granted            | assign → assigned; materialsLater → granted; terminate → terminated |
 * | assigned           | recordProgress → aiding; materialsLater → assigned; terminate → terminated |
 * | aiding             | recordProgress → aiding; materialsLater → aiding; close → closed; terminate → terminated |
 * | denied, closed, terminated, withdrawn | — |
 *
 * `materialsLater` is the notice of materials owed on an urgent application (先行提供, 第44条):
 * the aid goes on. `lapse` is the scheduler's: materials not supplied in time count as withdrawn.
 */
export const LEGAL_AID_TRANSITIONS: Record<LegalAidStatus, Partial<Record<LegalAidEvent, LegalAidStatus>>> = {
  applied: { accept: 'accepted', requestMaterials: 'materialsRequested', materialsLater: 'applied', withdraw: 'withdrawn' },
  materialsRequested: { supplyMaterials: 'applied', lapse: 'withdrawn', withdraw: 'withdrawn' },
  accepted: { grant: 'granted', deny: 'denied', materialsLater: 'accepted', withdraw: 'withdrawn' },
  granted: { assign: 'assigned', materialsLater: 'granted', terminate: 'terminated' },
  assigned: { recordProgress: 'aiding', materialsLater: 'assigned', terminate: 'terminated' },
  aiding: { recordProgress: 'aiding', materialsLater: 'aiding', close: 'closed', terminate: 'terminated' },
  denied: {},
  closed: {},
  terminated: {},
  withdrawn: {},
};

/** 法律援助法 第48条: why aid is terminated. */
export type TerminationReason =
  | 'deception' | 'falseEvidence' | 'illegalUse' | 'noLongerHardship' | 'caseEnded' | 'ownLawyer' | 'applicantRequest' | 'otherByLaw';
export const TERMINATION_REASONS: Record<TerminationReason, string> = {
  deception: '受援人以欺骗或者其他不正当手段获得法律援助',
  falseEvidence: '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据',
  illegalUse: '受援人利用法律援助从事违法活动',
  noLongerHardship: '受援人的经济状况发生变化，不再符合法律援助条件',
  caseEnded: '案件终止审理或者已经被撤销',
  ownLawyer: '受援人自行委托律师或者其他代理人',
  applicantRequest: '受援人有正当理由要求终止法律援助',
  otherByLaw: '法律法规规定的其他情形',
};

export type ProgressKind = 'contact' | 'hearing' | 'note';
export const PROGRESS_KINDS: Record<ProgressKind, string> = { contact: '联系受援人', hearing: '开庭 / 调解 / 仲裁', note: '办理记录' };

export type CaseResult = 'won' | 'settled' | 'mediated' | 'lost' | 'other';
export const CASE_RESULTS: Record<CaseResult, string> = {
  won: '胜诉或主张得到支持', settled: '和解', mediated: '调解结案', lost: '败诉或主张未获支持', other: '其他',
};

export type WorkerKind = 'lawyer' | 'grassroots';
export const WORKER_KINDS: Record<WorkerKind, string> = { lawyer: '律师', grassroots: '基层法律服务工作者' };

/** The four same-day clocks of the green channel (申请 is the application itself). */
export type ClockPurpose = 'legalAid.accept' | 'legalAid.decide' | 'legalAid.assign' | 'legalAid.firstAid';
export const CLOCK_TITLES: Record<ClockPurpose, string> = {
  'legalAid.accept': '法律援助受理',
  'legalAid.decide': '法律援助审批',
  'legalAid.assign': '法律援助指派',
  'legalAid.firstAid': '法律援助首次援助',
};

/**
 * The clock of the materials owed on an urgent application (先行提供, 第44条): due at the end of
 * the day the notice gives (a day off moves to the next working day, as the engine does).
 */
export const MATERIALS_CLOCK = 'legalAid.materials';
export const MATERIALS_CLOCK_TITLE = '法律援助事后补充材料';

export type DocumentKind = 'receipt' | 'materialsNotice' | 'grantDecision' | 'denyDecision' | 'assignNotice' | 'terminateDecision' | 'withdrawNotice';
export const DOCUMENT_KINDS: Record<DocumentKind, string> = {
  receipt: '法律援助申请受理回执',
  materialsNotice: '补充材料通知书',
  grantDecision: '给予法律援助决定书',
  denyDecision: '不予法律援助决定书',
  assignNotice: '法律援助指派通知书',
  terminateDecision: '终止法律援助决定书',
  withdrawNotice: '视为撤回申请告知书',
};

/** The county office an applicant may object to (第49条), and within how long it reviews. */
export const OBJECTION_BODY = '新建区司法局';
export const OBJECTION_REVIEW_DAYS = 5;

export interface ApplicantInput {
  name: string;
  phone: string;
  idNumber?: string;
  birthDate?: string;
}

export interface MatterInput {
  kind: MatterKind;
  summary: string;
  /** The other side (对方当事人), when known. */
  opponent?: string;
}

/** What `apply` takes (the resident is the owner). */
export interface ApplyPayload {
  requestId: string;
  applicant: ApplicantInput;
  /** Applying for a family member: who the caller is to them. */
  relation?: string;
  groups: GreenGroup[];
  matter: MatterInput;
  hardship: HardshipBasis;
  /** Economic situation in the applicant's words (with a 'declaration'). */
  declaration?: { income: string; promise: true };
  /** 先行提供 (第44条): a time limit or limitation period ends within 7 days, or urgent preservation. */
  urgent?: boolean;
  urgentReason?: string;
  photoIds?: string[];
}

export interface RegisterPayload extends Omit<ApplyPayload, 'relation'> {
  channel: 'walkIn' | 'phone';
}

export interface StaffRef {
  staffId: string;
  name: string;
}

/** One clock as the application shows it. */
export interface LegalAidClock {
  purpose: ClockPurpose;
  title: string;
  /** null while paused. */
  dueAt: number | null;
  provisional: boolean;
  state: 'running' | 'paused' | 'stopped';
  stoppedAt: number | null;
  /** Stopped on or before its due time (null while it runs). */
  onTime: boolean | null;
}

export interface LegalAidStep {
  /** issue 13: `referred` / `referralResult` (the applicant reads them) and `referralUpdate` (staff only) come from 分流交办. */
  kind: LegalAidEvent | 'applied' | 'registered' | 'documentIssued' | 'materialsOverdue' | 'referred' | 'referralUpdate' | 'referralResult';
  at: number;
  by: string;
  summary: string;
}

export interface LegalAidProgress {
  kind: ProgressKind;
  at: number;
  text: string;
  by: StaffRef;
}

export interface LegalAidDocumentRow {
  id: string;
  kind: DocumentKind;
  title: string;
  issuedAt: number;
  /** The applicant gets it (shown on 我的申请). */
  forApplicant: boolean;
}

export interface LegalAidDocumentFile {
  filename: string;
  contentType: string;
  base64: string;
}

export interface LegalAidWorker {
  id: string;
  name: string;
  organisation: string;
  kind: WorkerKind;
  phone: string;
  staffId: string | null;
  active: boolean;
  /** Cases assigned and not yet closed or terminated. */
  load: number;
}

export interface LegalAidView {
  id: string;
  status: LegalAidStatus;
  statusLabel: string;
  channel: LegalAidChannel;
  greenChannel: boolean;
  greenGroups: GreenGroup[];
  urgent: boolean;
  urgentReason: string | null;
  hardship: HardshipBasis;
  hardshipReview: HardshipReview;
  applicant: { name: string; phone: string; idNumber: string | null; birthDate: string | null };
  /** true when the id number shown is masked (the caller does not handle the case). */
  idNumberMasked: boolean;
  relation: string | null;
  matter: MatterInput;
  declaration: { income: string; promise: true } | null;
  photoIds: string[];
  receivedAt: number;
  receivedDay: string;
  clocks: LegalAidClock[];
  /**
   * `lateAt`: when owed materials (urgent, 第44条) ran past their day unsupplied — the aid goes on, the director may terminate (第48条).
   * `dueAt`: the closing instant of `dueDate` (issue 11: always sent; optional for answers cached before).
   */
  materials: { items: string[]; dueDate: string; dueAt?: number; note: string | null; requestedAt: number; suppliedAt: number | null; later: boolean; lateAt?: number | null } | null;
  decision: { grant: boolean; reason: string | null; at: number; by: StaffRef } | null;
  worker: { id: string; name: string; organisation: string; phone: string } | null;
  progress: LegalAidProgress[];
  closure: { result: CaseResult; report: string; at: number; by: StaffRef } | null;
  termination: { reason: TerminationReason; explanation: string; at: number; by: StaffRef } | null;
  firstResponder: StaffRef | null;
  steps: LegalAidStep[];
  documents: LegalAidDocumentRow[];
  /** Staff views only: what the caller may do now. */
  can?: Partial<Record<LegalAidEvent, boolean>>;
}

export interface LegalAidRow {
  id: string;
  status: LegalAidStatus;
  statusLabel: string;
  greenChannel: boolean;
  urgent: boolean;
  applicantName: string;
  matterKind: MatterKind;
  receivedAt: number;
  /** The earliest running clock's due time. */
  dueAt: number | null;
  duePurpose: ClockPurpose | null;
  overdue: boolean;
  provisional: boolean;
  worker: string | null;
  /** issue 11: the materials notice, when there was one: by when they are/were owed, when supplied, when recorded late. */
  materials: { dueDate: string; dueAt: number; suppliedAt: number | null; lateAt: number | null; later: boolean } | null;
}

export type SameDayStep = 'accept' | 'decide' | 'assign' | 'firstAid';
export interface SameDayBoard {
  date: string;
  items: Array<{ id: string; applicantName: string; status: LegalAidStatus; receivedAt: number; steps: Record<SameDayStep, { done: boolean; dueAt: number | null; overdue: boolean }> }>;
  serverNow: number;
}

/** Pages. */
export const LEGAL_AID_PAGES = {
  apply: '/packages/legal-aid/pages/apply/index',
  mine: '/packages/legal-aid/pages/mine/index',
  resident: '/packages/legal-aid/pages/detail/index',
  staff: '/packages/staff/pages/legal-aid/detail/index',
  queue: '/packages/staff/pages/legal-aid/index',
} as const;

/** @example legalAidLink('la_1', 'staff') // '/packages/staff/pages/legal-aid/detail/index?id=la_1' */
export function legalAidLink(id: string, who: 'resident' | 'staff'): string {
  return `${who === 'resident' ? LEGAL_AID_PAGES.resident : LEGAL_AID_PAGES.staff}?id=${encodeURIComponent(id)}`;
}
