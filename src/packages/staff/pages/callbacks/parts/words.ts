import { CALLBACK_METHODS, type CallbackMethod, type CallbackReason, type CallbackTaskView } from '../../../../../shared/ratings';

/** Why a callback is owed, in the station's short words. */
export const REASON_SHORT: Record<CallbackReason, string> = { rating: '评价回访', major: '重大案件', sample: '月度抽访' };

/** The methods of rule 十二(六), phone first (the usual one). */
export const METHOD_ORDER: CallbackMethod[] = ['phone', 'visit', 'interview', 'forum'];
export const METHOD_CHIPS = METHOD_ORDER.map((m) => ({ value: m, label: CALLBACK_METHODS[m] }));

/** The workbench pages of issue 6. */
export const CALLBACKS_URL = '/packages/staff/pages/callbacks/index';
export const RECORD_RATING_URL = '/packages/staff/pages/record-rating/index';
export const CALLBACK_TABLE_URL = '/packages/staff/pages/callback-table/index';

/**
 * A task's reasons in words, mandatory ones marked 「必须回访」.
 * @example reasonsText({ reasons: ['rating', 'sample'], mandatory: true }) // '评价回访、月度抽访 · 必须回访'
 */
export function reasonsText(t: Pick<CallbackTaskView, 'reasons' | 'mandatory'>): string {
  return `${t.reasons.map((r) => REASON_SHORT[r]).join('、')}${t.mandatory ? ' · 必须回访' : ''}`;
}

/**
 * How many tries did not reach the person, in words; empty when none.
 * @example attemptsText(2) // '已试 2 次没联系上'
 */
export function attemptsText(n: number): string {
  return n ? `已试 ${n} 次没联系上` : '';
}
