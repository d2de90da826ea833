import type { RatingsTableRow } from '../../shared/ratings';
import { toCsv } from '../tickets/csv';
import { addTallies, emptyTally, rateOf, type Tally } from './tally';

/** One stored tally with what names its row. */
export interface TallyRowInput {
  staffId: string;
  staffName: string;
  typeKey: string;
  typeLabel: string;
  tally: Tally;
  /** Open tasks of this row past their due time at the table's instant. */
  openOverdue: number;
}

/**
 * A table row from a tally: `ratings` are the independent ones, `selfRecorded` (本人登记) apart;
 * unrated = completed − both; callbacks overdue = done late + open
 * past due; rates are done / due (null when none was due).
 *
 * @example rowOf({ staffId: 's1', staffName: '张某', typeKey: 'consultation', typeLabel: '法律咨询', tally, openOverdue: 0 }).mandatory.rate // 1
 */
export function rowOf(input: TallyRowInput): RatingsTableRow {
  const t = input.tally;
  const self = t.selfRecorded ?? { satisfied: 0, basic: 0, unsatisfied: 0 };
  const rated = t.ratings.satisfied + t.ratings.basic + t.ratings.unsatisfied + self.satisfied + self.basic + self.unsatisfied;
  return {
    staffId: input.staffId,
    staffName: input.staffName,
    typeKey: input.typeKey,
    typeLabel: input.typeLabel,
    completed: t.completed,
    ratings: { ...t.ratings },
    selfRecorded: { ...self },
    unrated: Math.max(0, t.completed - rated),
    bySource: { ...t.bySource },
    callbacks: { due: t.callbacksDue, done: t.callbacksDone, overdue: t.callbacksDoneLate + input.openOverdue },
    mandatory: { due: t.mandatoryDue, done: t.mandatoryDone, rate: rateOf(t.mandatoryDone, t.mandatoryDue) },
    sample: { eligible: t.eligible, drawn: t.sampleDrawn, done: t.sampleDone, rate: rateOf(t.sampleDrawn, t.eligible) },
  };
}

/**
 * The totals row of a table (staffId and typeKey 'all').
 * @example totalsOf([]).completed // 0
 */
export function totalsOf(inputs: TallyRowInput[]): RatingsTableRow {
  const tally = inputs.reduce((acc, r) => addTallies(acc, r.tally), emptyTally());
  const openOverdue = inputs.reduce((n, r) => n + r.openOverdue, 0);
  return rowOf({ staffId: 'all', staffName: '合计', typeKey: 'all', typeLabel: '全部', tally, openOverdue });
}

/**
 * Rows in reading order: by staff name, then type label (Chinese collation).
 * @example sortRows(rows)[0].staffName // '示例·刘某'
 */
export function sortRows(rows: RatingsTableRow[]): RatingsTableRow[] {
  return [...rows].sort((a, b) => a.staffName.localeCompare(b.staffName, 'zh-CN') || a.typeLabel.localeCompare(b.typeLabel, 'zh-CN') || a.typeKey.localeCompare(b.typeKey));
}

/** A rate as a person reads it. @example percent(0.5) // '50.0%' @example percent(null) // '—' */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/**
 * The 本人登记 cell: the self-recorded ratings by level, 0 when none.
 * @example selfText({ selfRecorded: { satisfied: 2, basic: 1, unsatisfied: 0 } }) // '3（2/1/0）'
 */
export function selfText(r: Pick<RatingsTableRow, 'selfRecorded'>): string {
  const s = r.selfRecorded;
  const n = s.satisfied + s.basic + s.unsatisfied;
  return n === 0 ? '0' : `${n}（${s.satisfied}/${s.basic}/${s.unsatisfied}）`;
}

export const TABLE_HEADER = [
  '工作人员', '业务类型', '办结件数', '满意', '基本满意', '不满意', '本人登记（满意/基本满意/不满意）', '未评价',
  '小程序评价', '窗口评价器', '电话评价', '应回访', '已回访', '超期', '必访应回访', '必访已回访', '必访回访率',
  '抽访范围（热线/线上）', '抽访件数', '抽访已回访', '抽访率',
];

/**
 * The monthly table as CSV (UTF-8 with BOM; Excel), the totals last.
 * @example tableCsv([row], totals).startsWith('\uFEFF工作人员,') // true
 */
export function tableCsv(rows: RatingsTableRow[], totals: RatingsTableRow): string {
  const line = (r: RatingsTableRow) => [
    r.staffName, r.typeLabel, r.completed, r.ratings.satisfied, r.ratings.basic, r.ratings.unsatisfied, selfText(r), r.unrated,
    r.bySource.miniProgram, r.bySource.windowDevice, r.bySource.phone, r.callbacks.due, r.callbacks.done, r.callbacks.overdue,
    r.mandatory.due, r.mandatory.done, percent(r.mandatory.rate), r.sample.eligible, r.sample.drawn, r.sample.done, percent(r.sample.rate),
  ];
  return toCsv(TABLE_HEADER, [...rows.map(line), line(totals)]);
}
