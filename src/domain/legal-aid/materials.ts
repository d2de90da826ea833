import { closingInstant } from '../deadlines';

/** Materials owed on an application, as the queue row and the application sheet carry them. */
export interface MaterialsFacts {
  /** The last day to supply them ('YYYY-MM-DD', Beijing). */
  dueDate: string;
  /** Its closing instant (17:00); read from `dueDate` when absent. */
  dueAt?: number;
  suppliedAt: number | null;
  /** When the scheduler recorded them overdue (urgent applications, 第44条), else null/absent. */
  lateAt?: number | null;
}

/**
 * Where owed materials stand: still `owed` in time, `late` (past their day unsupplied),
 * `supplied` in time, or `suppliedLate` (after their day, or after the lapse was recorded).
 *
 * @example materialsStanding({ dueDate: '2026-12-04', suppliedAt: null }, Date.parse('2026-12-04T17:05:00+08:00')) // 'late'
 * materialsStanding({ dueDate: '2026-12-04', suppliedAt: Date.parse('2026-12-01T09:00:00+08:00') }, now) // 'supplied'
 */
export function materialsStanding(m: MaterialsFacts, now: number): 'owed' | 'late' | 'supplied' | 'suppliedLate' {
  const due = m.dueAt ?? closingInstant(m.dueDate);
  const recordedLate = m.lateAt !== undefined && m.lateAt !== null;
  if (m.suppliedAt !== null) return recordedLate || m.suppliedAt > due ? 'suppliedLate' : 'supplied';
  return recordedLate || now >= due ? 'late' : 'owed';
}
