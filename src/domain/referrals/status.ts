/**
 * The life of a referral (分流交办, rule 七) as an explicit transition table. A unit's own answer
 * (accept / decline) is a separate, smaller table ({@link unitTransitions}); the referral moves
 * when its lead unit answers.
 *
 * | from           | leadAccept | leadDecline | progress   | result         | check  | return     | redispatch | closeWithGuidance |
 * |----------------|------------|-------------|------------|----------------|--------|------------|------------|-------------------|
 * | sent           | accepted   | declined    | —          | —              | —      | —          | sent       | closed            |
 * | accepted       | —          | —           | inProgress | resultReported | —      | —          | sent       | closed            |
 * | inProgress     | —          | —           | inProgress | resultReported | —      | —          | sent       | closed            |
 * | resultReported | —          | —           | —          | —              | closed | inProgress | sent       | closed            |
 * | declined       | —          | —           | —          | —              | —      | —          | sent       | closed            |
 * | closed         | —          | —           | —          | —              | —      | —          | —          | —                 |
 */
export type ReferralStatus = 'sent' | 'accepted' | 'inProgress' | 'resultReported' | 'declined' | 'closed';
export type ReferralEvent = 'leadAccept' | 'leadDecline' | 'progress' | 'result' | 'check' | 'return' | 'redispatch' | 'closeWithGuidance';

const ANYTIME = { redispatch: 'sent', closeWithGuidance: 'closed' } as const;

export const referralTransitions: Record<ReferralStatus, Partial<Record<ReferralEvent, ReferralStatus>>> = {
  sent: { leadAccept: 'accepted', leadDecline: 'declined', ...ANYTIME },
  accepted: { progress: 'inProgress', result: 'resultReported', ...ANYTIME },
  inProgress: { progress: 'inProgress', result: 'resultReported', ...ANYTIME },
  resultReported: { check: 'closed', return: 'inProgress', ...ANYTIME },
  declined: { ...ANYTIME },
  closed: {},
};

/**
 * The status after `event`, or null when the table does not allow it.
 * @example nextReferralStatus('sent', 'leadAccept') // 'accepted'
 * @example nextReferralStatus('closed', 'redispatch') // null
 */
export function nextReferralStatus(from: ReferralStatus, event: ReferralEvent): ReferralStatus | null {
  return referralTransitions[from][event] ?? null;
}

/** One unit's answer to a referral: it is sent, then accepted or declined, or withdrawn on re-dispatch. */
export type UnitState = 'sent' | 'accepted' | 'declined' | 'withdrawn';
export type UnitEvent = 'accept' | 'decline' | 'withdraw';

export const unitTransitions: Record<UnitState, Partial<Record<UnitEvent, UnitState>>> = {
  sent: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: { withdraw: 'withdrawn' },
  declined: { withdraw: 'withdrawn' },
  withdrawn: {},
};

/**
 * A unit's state after `event`, or null.
 * @example nextUnitState('sent', 'decline') // 'declined'
 * @example nextUnitState('accepted', 'decline') // null
 */
export function nextUnitState(from: UnitState, event: UnitEvent): UnitState | null {
  return unitTransitions[from][event] ?? null;
}

/** Words a person reads for each status. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: '已交办，待对方确认受理',
  accepted: '对方已受理',
  inProgress: '对方办理中',
  resultReported: '对方已反馈结果，待工作站审核',
  declined: '对方不予受理，待主任重新交办',
  closed: '已办结',
};

export const UNIT_STATE_LABELS: Record<UnitState, string> = {
  sent: '待确认',
  accepted: '已受理',
  declined: '不予受理',
  withdrawn: '已改派',
};

/**
 * Why the table refuses `event` now, in words a staff member reads.
 * @example referralRefusal('closed', 'progress') // '这件交办事项已办结，不能再更改'
 */
export function referralRefusal(from: ReferralStatus, event: ReferralEvent): string {
  if (from === 'closed') return '这件交办事项已办结，不能再更改';
  if (event === 'progress' || event === 'result') return '牵头单位确认受理后才能反馈进展和结果';
  if (event === 'check' || event === 'return') return '对方反馈结果后才能审核';
  return `这件交办事项现在「${REFERRAL_STATUS_LABELS[from]}」，不能这样操作`;
}
