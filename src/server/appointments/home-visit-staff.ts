import type { Store, Tx } from '../ports/store';
import { enqueue } from '../outbox/enqueue';
import { staffWithRole, type StaffRef } from '../scheduler/staff-with-role';
import { APPOINTMENT_PAGES, APPOINTMENT_PURPOSES } from '../../shared/appointments';
import { subjectOf, type AppointmentDoc } from './docs';
import { dayText } from './notices';

/**
 * Above this many staff the new-request notice goes to the directors only. One town station has
 * a handful of staff (the seed has three), so normally every staff member hears of it at once.
 */
export const NOTIFY_ALL_STAFF_MAX = 10;

/**
 * Who hears of a new home-visit request: every active staff member holding the 'staff' or
 * 'director' role, deduplicated; the directors only when that list exceeds NOTIFY_ALL_STAFF_MAX.
 *
 * @example await homeVisitRecipients(store) // ['staff:demo-staff', 'staff:demo-director', 'staff:demo-admin']
 */
export async function homeVisitRecipients(store: Store): Promise<string[]> {
  const directors = await staffWithRole(store, 'director');
  const staff = await staffWithRole(store, 'staff');
  const ids = (list: StaffRef[]) => list.map((s) => s._id);
  const all = [...new Set([...ids(directors), ...ids(staff)])];
  return all.length > NOTIFY_ALL_STAFF_MAX ? ids(directors) : all;
}

/**
 * Tells staff a resident asked for a home visit (inbox at once, subscribe message where
 * consented), inside the request's transaction. The dedupe key is per request and staff member,
 * so a retried request never notifies twice.
 *
 * @example await noticeHomeVisitRequested(tx, doc, ['staff:demo-director'], '示例·陈大爷', now)
 */
export async function noticeHomeVisitRequested(tx: Tx, doc: AppointmentDoc, staffIds: string[], elder: string, now: number): Promise<void> {
  const days = (doc.homeVisit?.preferredDays ?? []).map(dayText).join('、');
  const due = doc.homeVisit?.answerDueAt;
  for (const staffId of staffIds) {
    await enqueue(tx, {
      key: `${subjectOf(doc._id)}:requested:${staffId}`, recipient: { staffId }, purpose: APPOINTMENT_PURPOSES.homeVisitRequested,
      title: '新的上门服务申请', body: `${elder}申请上门服务，希望的日期：${days || '未选'}。请在 1 个工作日内答复。`,
      link: APPOINTMENT_PAGES.staffDay, subject: subjectOf(doc._id), ...(due != null ? { dueAt: due } : {}),
    }, now);
  }
}
