import { LEGAL_AID_STATUSES, LEGAL_AID_TRANSITIONS, type LegalAidEvent, type LegalAidStatus } from '../../shared/legal-aid';

/** What each event is called in a refusal. */
export const EVENT_WORDS: Record<LegalAidEvent, string> = {
  requestMaterials: '通知补充材料',
  supplyMaterials: '补充材料',
  lapse: '按撤回处理',
  materialsLater: '通知事后补充材料',
  accept: '受理',
  grant: '决定给予法律援助',
  deny: '决定不予法律援助',
  assign: '指派',
  recordProgress: '登记援助进展',
  close: '结案',
  terminate: '终止法律援助',
  withdraw: '撤回申请',
};

/**
 * The status after `event`, or null when the transition table ({@link LEGAL_AID_TRANSITIONS})
 * does not allow it.
 *
 * @example nextLegalAidStatus('applied', 'accept') // 'accepted'
 * @example nextLegalAidStatus('closed', 'recordProgress') // null
 */
export function nextLegalAidStatus(from: LegalAidStatus, event: LegalAidEvent): LegalAidStatus | null {
  return LEGAL_AID_TRANSITIONS[from]?.[event] ?? null;
}

/**
 * Why `event` is refused in status `from`, in words staff and residents read.
 *
 * @example refusalOf('applied', 'grant') // '这份申请还没有受理，请先受理再决定给予法律援助'
 * @example refusalOf('closed', 'close') // '这份申请已结案，不能再结案'
 */
export function refusalOf(from: LegalAidStatus, event: LegalAidEvent): string {
  if (from === 'applied') return `这份申请还没有受理，请先受理再${EVENT_WORDS[event]}`;
  if (from === 'materialsRequested') return `这份申请正在等待补充材料，不能${EVENT_WORDS[event]}`;
  return `这份申请${LEGAL_AID_STATUSES[from]}，不能再${EVENT_WORDS[event]}`;
}

/** Statuses in which nothing more happens. */
export const FINAL_STATUSES: readonly LegalAidStatus[] = ['denied', 'closed', 'terminated', 'withdrawn'];

/** Open: on the staff queue, clocks may run. @example isOpenLegalAid('aiding') // true */
export function isOpenLegalAid(status: LegalAidStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

/** Statuses in which the applicant may still withdraw (before a decision). */
export function mayWithdraw(status: LegalAidStatus): boolean {
  return nextLegalAidStatus(status, 'withdraw') !== null;
}
