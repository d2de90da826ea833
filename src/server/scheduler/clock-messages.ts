import type { ClockDoc } from '../deadlines/clock-doc';
import type { DueCheck } from '../deadlines/next-check';
import type { Notification, Recipient } from '../outbox/types';
import { recipientKey } from '../outbox/types';
import { formatBeijing } from '../notify/format';
import type { MatterLabel } from './clock-matters';
import { may } from '../../domain/access/matter';

/** Purposes of deadline notifications (keys of runtime.templates). */
export const DEADLINE_PURPOSES = { warn: 'deadlineWarning', overdue: 'deadlineOverdue', resident: 'deadlineLate' } as const;

/** The station's complaint phone, given to a resident whose matter runs late. */
const STATION_PHONE = '0791-83280001';

interface Who {
  /** The responsible staff member's (经办人's) name, when known. */
  responsibleName?: string;
  directorIds: string[];
  /** The admins: they supervise instead when the only directors are the persons complained about. */
  adminIds?: string[];
  /** The matter: number, title and, for tickets, the first responder. */
  matter?: MatterLabel;
}

/** 「（投诉「窗口的人说不知道…」，编号 tk_…）」 */
function aboutOf(matter: MatterLabel | undefined): string {
  return matter ? `（${matter.title}，编号 ${matter.number}）` : '';
}

/** 「首问责任人：示例·李某；经办人：示例·王某」 — the first responder is never the current assignee by another name. */
function peopleOf(who: Who): string {
  const parts: string[] = [];
  if (who.matter && who.matter.firstResponder !== undefined) parts.push(`首问责任人：${who.matter.firstResponder ?? '尚未受理'}`);
  parts.push(who.responsibleName ? `经办人：${who.responsibleName}` : '未指定经办人');
  return parts.join('；');
}

/**
 * Who of `staffIds` may see the matter under the one access rule — never the person a complaint
 * is about (station staff see every other matter, so the staff id alone decides).
 */
function seeing(staffIds: readonly string[], matter: MatterLabel | undefined): string[] {
  const parties = matter?.parties;
  return parties ? staffIds.filter((staffId) => may({ openid: null, staffId, roles: ['staff'], unitIds: [] }, parties, 'see')) : [...staffIds];
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
 * Never the person a complaint is about (issue 9 §1): a director complained about is left out,
 * and when that leaves no director the admins supervise instead.
 *
 * @example
 * clockNotifications(clock, 'overdue', { directorIds: ['staff:director'] }).map((n) => n.recipient)
 * // [{ staffId: 'staff:1' }, { staffId: 'staff:director' }, { openid: 'o1' }]
 */
export function clockNotifications(clock: ClockDoc, check: DueCheck, who: Who): Notification[] {
  const due = clock.dueAt === null ? '' : formatBeijing(clock.dueAt);
  const about = aboutOf(who.matter);
  const staffIds = seeing(clock.responsibleStaffId ? [clock.responsibleStaffId] : [], who.matter);
  const directors = seeing(who.directorIds, who.matter);
  const supervisors = directors.length || !who.directorIds.length ? directors : seeing(who.adminIds ?? [], who.matter);
  const out: Notification[] = [];
  if (check === 'warn') {
    const to = staffIds.length ? staffIds : supervisors;
    for (const staffId of to) {
      out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.warn, `即将到期：${clock.title}`,
        `「${clock.title}」${about}将于 ${due} 到期，请抓紧办理。`));
    }
    return out;
  }
  for (const staffId of staffIds) {
    out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.overdue, `已超期：${clock.title}`,
      `「${clock.title}」${about}已于 ${due} 到期仍未办结，已报工作站主任督办，请尽快办理。`));
  }
  for (const staffId of supervisors.filter((d) => !staffIds.includes(d))) {
    out.push(note(clock, check, { staffId }, DEADLINE_PURPOSES.overdue, `超期督办：${clock.title}`,
      `「${clock.title}」${about}（${peopleOf(who)}）已于 ${due} 到期仍未办结，请督办或重新交办。`));
  }
  if (clock.recipientOpenid) {
    const yours = who.matter ? `（编号 ${who.matter.number}）` : '';
    out.push(note(clock, check, { openid: clock.recipientOpenid }, DEADLINE_PURPOSES.resident, `办理进度：${clock.title}`,
      `您的「${clock.title}」${yours}已超过承诺的办理时限（${due}），我们正在加紧办理，如有疑问请拨打 ${STATION_PHONE}。`));
  }
  return out;
}
