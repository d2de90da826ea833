import { formatMonthDayTime } from '../../../../ui/dates';
import { materialsStanding, type MaterialsFacts } from '../../../../domain/legal-aid/materials';

/**
 * issue 11: by when the materials of a notice are/were owed and whether they are late, in words
 * and a symbol (never colour alone), for the queue row and the application sheet.
 *
 * @example materialsLine({ dueDate: '2026-12-10', dueAt, suppliedAt: null, lateAt }, now) // '✕ 补充材料：应于12月10日（周四）17:00前补齐，已逾期未补（12月10日（周四）17:05 记录逾期）'
 */
export function materialsLine(m: MaterialsFacts, now: number): string {
  const due = m.dueAt ?? null;
  const by = due !== null ? formatMonthDayTime(due) : `${m.dueDate} 17:00`;
  const recorded = m.lateAt ? `（${formatMonthDayTime(m.lateAt)} 记录逾期）` : '';
  switch (materialsStanding(m, now)) {
    case 'owed': return `○ 补充材料：${by}前补齐，还没到期`;
    case 'late': return `✕ 补充材料：应于${by}前补齐，已逾期未补${recorded}`;
    case 'supplied': return `✓ 补充材料：${by}前补齐，已于${formatMonthDayTime(m.suppliedAt!)}按时补齐`;
    case 'suppliedLate': return `✓ 补充材料：应于${by}前补齐，${formatMonthDayTime(m.suppliedAt!)}逾期后补齐${recorded}`;
  }
}

/** True while owed materials are past their day unsupplied. @example materialsLate(row.materials, Date.now()) */
export function materialsLate(m: MaterialsFacts, now: number): boolean {
  return materialsStanding(m, now) === 'late';
}
