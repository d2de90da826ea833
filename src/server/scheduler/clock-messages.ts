import type { ClockDoc } from '../deadlines/clock-doc';
import type { DueCheck } from '../deadlines/next-check';
import type { Notification, Recipient } from '../outbox/types';
import { recipientKey } from '../outbox/types';
import { formatBeijing } from '../notify/format';

/** Purposes of deadline notifications (keys of runtime.templates). */
export const DEADLINE_PURPOSES = { warn: 'deadlineWarning', overdue: 'deadlineOverdue', resident: 'deadlineLate' } as const;

/** The station's complaint phone, given to a resident whose matter runs late. */
const STATION_PHONE = '0791-83280001';

interface Who {
  /** The responsible staff member's name, when known. */
  responsibleName?: string;
  directorIds: string[];
}

/** One notification about `clock`'s check; the key carries the due time, so it is sent once. */
function note(clock: ClockDoc, check: DueCheck, recipient: Recipient, purpose: string, title: string, body: string): Notification {
  const n: Notification = {
    key: `clock:${clock._id}:${check}:${clock.dueAt}:${recipientKey(recipient)}`,
    recipient,
    purpose,
    title,
    body,
    subject: clock.subject,
  };
  if (clock.dueAt !== null) n.dueAt = clock.dueAt;
  if (clock.link) n.link = clock.link;
  return n;
}

/**
 * What a warning or an overdue check tells whom:
 * - warning → the responsible staff member (the directors when nobody is responsible);
 * - overdue → the responsible staff member AND every director (督办), and the resident, if the
 *   clock names one, that the matter runs late and whom to call.
 *
 * @example
 * clockNotifications(clock, 'overdue', { directorIds: ['staff:director'] }).map((n) => n.recipient)
 * // [{ staffId: 'staff:1' }, { staffId: 'staff:director' }, { openid: 'o1' }]
 */
export function clockNotifications(clock: ClockDoc, check: DueCheck, who: Who): Notification[] {
  const due = clock.dueAt === null ? '' : formatBeijing(clock.dueAt);
  const staffIds = clock.responsibleStaffId ? [clock.responsibleStaffId] : [];
  const out: Notification[] = [];
  if (check === 'warn') {
    const to = staffIds.length ? staffIds : who.directorIds;
    for (const staffId of to) {
      out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.warn, `即将到期：${clock.title}`,
        `「${clock.title}」将于 ${due} 到期，请抓紧办理。`));
    }
    return out;
  }
  for (const staffId of staffIds) {
    out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.overdue, `已超期：${clock.title}`,
      `「${clock.title}」已于 ${due} 到期仍未办结，已报工作站主任督办，请尽快办理。`));
  }
  const who2 = who.responsibleName ? `（首问责任人：${who.responsibleName}）` : '（未指定责任人）';
  for (const staffId of who.directorIds.filter((d) => !staffIds.includes(d))) {
    out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.overdue, `超期督办：${clock.title}`,
      `「${clock.title}」${who2}已于 ${due} 到期仍未办结，请督办或重新交办。`));
  }
  if (clock.recipientOpenid) {
    out.push(note(clock, check, { openid: clock.recipientOpenid }, DEADLINE_PURPOSES.resident, `办理进度：${clock.title}`,
      `您的「${clock.title}」已超过承诺的办理时限（${due}），我们正在加紧办理，如有疑问请拨打 ${STATION_PHONE}。`));
  }
  return out;
}
