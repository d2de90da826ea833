import { AppError } from '../../core/errors';
import type { Tx } from '../../ports/store';
import { hoursProblem } from '../../../domain/people';
import type { StudyRecordView } from '../../../shared/people';
import type { StudyDayDoc, StudyRecordDoc, StudyTotalDoc } from '../docs';

/** Id of a person's totals for a year. @example totalId(2026, 'staff:a') // 'studyTotal:2026:staff:a' */
export const totalId = (year: number, staffId: string): string => `studyTotal:${year}:${staffId}`;

/**
 * Writes one study record inside the caller's transaction, with the day's hours (the 12-hour
 * rule, checked against what the day already holds, so two records racing cannot pass it
 * together) and the year's totals (the counters `studyProgress` reads). `who` names the person
 * in the message when an organiser records for several.
 * @example await store.transaction((tx) => addRecord(tx, record))
 */
export async function addRecord(tx: Tx, rec: StudyRecordDoc, who?: string): Promise<void> {
  const dayId = `studyDay:${rec.staffId}:${rec.date}`;
  const day = await tx.get<StudyDayDoc>('studyDays', dayId);
  const problem = hoursProblem(rec.hours, day?.hours ?? 0);
  if (problem) throw new AppError('VALIDATION', who ? `${who}：${problem}` : problem, 'hours');
  await tx.put('studyDays', { _id: dayId, staffId: rec.staffId, date: rec.date, hours: (day?.hours ?? 0) + rec.hours });
  const id = totalId(rec.year, rec.staffId);
  const total = (await tx.get<StudyTotalDoc>('studyTotals', id)) ?? { _id: id, year: rec.year, staffId: rec.staffId, group: 0, self: 0, central: 0 };
  await tx.put('studyTotals', { ...total, [rec.kind]: total[rec.kind] + rec.hours });
  await tx.create('studyRecords', rec);
}

/** @example recordView(doc) // { id, staffId, kind: 'group', date, hours: 2, topic } */
export function recordView(d: StudyRecordDoc): StudyRecordView {
  const v: StudyRecordView = { id: d._id, staffId: d.staffId, kind: d.kind, date: d.date, hours: d.hours, topic: d.topic };
  if (d.sessionId) v.sessionId = d.sessionId;
  return v;
}
