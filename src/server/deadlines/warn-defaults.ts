import type { ClockRule, WarnBefore } from '../../domain/deadlines';

/**
 * The warning given before a deadline unless the clock says otherwise: one working day for
 * day-counted periods; for a same-working-day promise (绿色通道「五个当天」) two hours before
 * closing (as the domain does), since a day's notice would come before the clock started.
 *
 * @example defaultWarnBefore({ kind: 'workingDays', days: 5 }) // { workingDays: 1 }
 * @example defaultWarnBefore({ kind: 'sameWorkingDay' }) // { minutes: 120 }
 */
export function defaultWarnBefore(rule: ClockRule): WarnBefore {
  return rule.kind === 'sameWorkingDay' ? { minutes: 120 } : { workingDays: 1 };
}
