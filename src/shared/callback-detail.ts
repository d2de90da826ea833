/**
 * The per-callback table of rule 十二(八) as rows for the page (issue 14): `reports.callbackRows`
 * { month } → {@link CallbackDetail}. Same access and period rule as `callbackTable` (its .xlsx):
 * directors and admins; the person's whole name and phone only for those the one access rule lets
 * see the callback, nothing for the person complained about. A month not yet come: VALIDATION.
 */
export interface CallbackDetailRow {
  taskId: string;
  /** 事项 (withheld as 「（涉及本人的投诉，不予显示）」 from the person complained about). */
  title: string;
  /** 经办人. */
  staff: string;
  /** 当事人 and 联系电话: '' when not entitled. */
  name: string;
  phone: string;
  /** 回访原因, in words (基本满意、不满意、重大案件、抽访…). */
  reasons: string;
  /** 评价 in words, '' when not rated. */
  rating: string;
  /** 状态 in words. */
  status: string;
  /** 'YYYY-MM-DD' or ''. */
  dueDay: string;
  doneDay: string;
  /** 回访方式 and the four answers of rule 十二(七), '' until recorded. */
  method: string;
  progress: string;
  staffView: string;
  opinions: string;
  /** 「满意」/「不满意」 after the callback, '' until recorded. */
  satisfiedNow: string;
  /** 联系次数. */
  attempts: number;
}

export interface CallbackDetail {
  month: string;
  rows: CallbackDetailRow[];
}
