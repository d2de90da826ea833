import type { ClockRule } from '../../domain/deadlines';
import type { Store } from '../ports/store';
import { CALLBACK_RULE } from '../../shared/ratings';

/**
 * The callback deadline rule: `ratingsConfig/settings.callbackRule` when set (e.g.
 * `{ kind: 'workingDays', days: 3 }`), else 5 working days ({@link CALLBACK_RULE}).
 *
 * @example await loadCallbackRule(store) // { kind: 'workingDays', days: 5 }
 */
export async function loadCallbackRule(store: Store): Promise<ClockRule> {
  const doc = await store.get<{ _id: string; callbackRule?: ClockRule }>('ratingsConfig', 'settings');
  const rule = doc?.callbackRule;
  if (rule && (rule.kind === 'sameWorkingDay' || (Number.isInteger((rule as { days?: number }).days) && (rule as { days: number }).days > 0))) return rule;
  return { ...CALLBACK_RULE };
}
