import type { Doc } from '../ports/store';
import type {
  ApplicantInput, CaseResult, ClockPurpose, DocumentKind, GreenGroup, HardshipBasis, HardshipReview, LegalAidChannel, LegalAidProgress,
  LegalAidStatus, LegalAidStep, MatterInput, StaffRef, TerminationReason, WorkerKind,
} from '../../shared/legal-aid';

/** One clock of an application, as copied onto it (the clock document is the truth). */
export interface ClockSummary {
  purpose: ClockPurpose;
  clockId: string;
  title: string;
  dueAt: number | null;
  provisional: boolean;
  state: 'running' | 'paused' | 'stopped';
  stoppedAt: number | null;
  onTime: boolean | null;
}

/** A legal-aid application as stored in `legalAidApplications`. */
export interface LegalAidDoc extends Doc {
  _id: string;
  /** `<who>|<requestId>` that created it (a retry finds it). */
  requestKey: string;
  ownerOpenid: string | null;
  channel: LegalAidChannel;
  status: LegalAidStatus;
  open: boolean;
  applicant: ApplicantInput;
  relation: string | null;
  /** Groups as named on the form; `greenGroups` adds what the birth date and basis prove. */
  groups: GreenGroup[];
  greenGroups: GreenGroup[];
  greenChannel: boolean;
  urgent: boolean;
  urgentReason: string | null;
  hardship: HardshipBasis;
  hardshipReview: HardshipReview;
  declaration: { income: string; promise: true } | null;
  matter: MatterInput;
  photoIds: string[];
  receivedAt: number;
  receivedDay: string;
  /** The working day the four same-day clocks fall due on (green channel, urgent); '' on the ordinary track. The board reads it. */
  sameDayDate: string;
  clocks: ClockSummary[];
  /** Earliest running due time (or the materials deadline while paused): the queue orders by it. */
  dueAt: number | null;
  duePurpose: ClockPurpose | null;
  queueKey: string;
  materials: { items: string[]; dueDate: string; dueAt: number; note: string | null; requestedAt: number; suppliedAt: number | null; later: boolean; photoIds: string[]; clockId?: string | null; lateAt?: number | null } | null;
  /** Set while waiting for materials: the lapse sweep selects by it. */
  materialsDueAt: number | null;
  decision: { grant: boolean; reason: string | null; at: number; by: StaffRef } | null;
  worker: { id: string; name: string; organisation: string; phone: string; staffId: string | null } | null;
  /** The assigned worker's staff account ('' when none): their queue is queried by it. */
  workerStaffId: string;
  progress: LegalAidProgress[];
  closure: { result: CaseResult; report: string; at: number; by: StaffRef } | null;
  termination: { reason: TerminationReason; explanation: string; at: number; by: StaffRef } | null;
  firstResponder: StaffRef | null;
  /** Staff who handle it: the first responder, whoever accepted or decided, the worker's account. */
  handlerIds: string[];
  steps: LegalAidStep[];
  documents: { id: string; kind: DocumentKind; title: string; issuedAt: number; forApplicant: boolean }[];
  createdAt: number;
  updatedAt: number;
}

/** One archived document (`legalAidDocuments`): the .docx bytes as issued, base64. */
export interface LegalAidDocumentDoc extends Doc {
  _id: string;
  applicationId: string;
  kind: DocumentKind;
  title: string;
  filename: string;
  issuedAt: number;
  issuedBy: string;
  forApplicant: boolean;
  /** The document as issued: the id number in full (issue 11; documents issued before carry it masked). */
  base64: string;
  /** issue 11: the same document with the id number masked, for readers not entitled to it; absent when there is no id number (or on documents issued before). */
  maskedBase64?: string;
  bytes: number;
}

/** A legal-aid worker on the station's roster (`legalAidWorkers`). */
export interface WorkerDoc extends Doc {
  _id: string;
  name: string;
  organisation: string;
  kind: WorkerKind;
  phone: string;
  staffId: string | null;
  active: boolean;
  /** Cases assigned and still open: counted in the assigning / closing transactions. */
  load: number;
  updatedAt: number;
}
