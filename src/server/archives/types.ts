import type { Doc } from '../ports/store';
import type { ArchiveCategory, RetentionCode, VolumeHistoryEntry, VolumeStatus } from '../../shared/archives';

/** A volume (卷) as stored in `archiveVolumes`; a monthly consultation volume's `_id` is `vol:consultation:<YYYY-MM>`. */
export interface VolumeDoc extends Doc {
  category: ArchiveCategory;
  title: string;
  /** 'YYYY-MM' (monthly volume) or 'YYYY-H1' / 'YYYY-H2' / 'YYYY'. */
  period: string;
  year: number;
  fonds: string;
  retention: RetentionCode;
  retentionYears: 0 | 10 | 30;
  retentionEndsOn: string | null;
  /** First 件号 of the volume (件号 run on through the year per code prefix). */
  firstNo: number;
  itemCount: number;
  archiveCode: string;
  status: VolumeStatus;
  /** staff id of who built or handed it in: a return is their task. */
  handlerId: string | null;
  history: VolumeHistoryEntry[];
  appraisal?: { opinion: string; at: number; by: string };
  approval?: { approver: string; documentNo: string; date: string; at: number; by: string };
  returnedNote?: string;
  createdAt: number;
  updatedAt: number;
}

/** One item (件) of a volume, `_id` `<volumeId>:<5-digit position>`. Holds no personal data: that stays on the matter. */
export interface ItemDoc extends Doc {
  volumeId: string;
  position: number;
  itemNo: number;
  archiveCode: string;
  /** 'ticket:<id>' */
  subject: string;
  title: string;
  date: string;
  destroyed?: boolean;
}

/** One line of the 查阅登记 register (rule 九(八)). */
export interface LookupDoc extends Doc {
  volumeId: string;
  archiveCode: string;
  staffId: string;
  by: string;
  at: number;
  purpose: string;
}

/** One line of the 销毁清册 (rule 九(九)); outlives the data it names. */
export interface DestructionDoc extends Doc {
  volumeId: string;
  archiveCode: string;
  title: string;
  period: string;
  itemCount: number;
  approver: string;
  documentNo: string;
  approvedOn: string;
  destroyedAt: number;
  by: string;
  /** Matters whose personal data was removed, by subject ('ticket:<id>'). */
  subjects: number;
}
