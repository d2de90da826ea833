import { requestSubscribe } from '../../api/subscribe';
import { APPOINTMENT_PURPOSES } from '../../shared/appointments';

/** The messages worth consenting to after an office booking, and after a home-visit request. */
export const REMINDER_PURPOSES = {
  office: [APPOINTMENT_PURPOSES.reminder, APPOINTMENT_PURPOSES.changed],
  homeVisit: [APPOINTMENT_PURPOSES.homeVisitAnswered, APPOINTMENT_PURPOSES.reminder, APPOINTMENT_PURPOSES.changed],
} as const;

/**
 * 「加到提醒」: asks WeChat for consent to the appointment messages (must run from a tap) and says
 * what happened in words. Messages always reach 「我的消息」 in the app as well.
 * @example const line = await addReminder('office'); // '已开启提醒，到时会通过微信通知您。'
 */
export async function addReminder(kind: keyof typeof REMINDER_PURPOSES): Promise<string> {
  const out = await requestSubscribe(REMINDER_PURPOSES[kind]);
  if (out.accepted.length > 0) return '已开启提醒，到时会通过微信通知您。';
  if (out.error) return out.error.message;
  if (out.skipped) return '提醒会发到「我的消息」里，请记得查看。';
  return '没有开启微信提醒，提醒仍会发到「我的消息」里。';
}
