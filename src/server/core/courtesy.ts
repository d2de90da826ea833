import { checkCourtesyIn } from '../../domain/tickets/phrases';
import type { CourtesyHold, PhraseWarning } from '../../shared/tickets';

/**
 * The warn-and-confirm flow of rule 五(四) for every text staff write that a resident reads
 * (issue 9 §3): the texts are checked for 服务忌语; with any found and the call not `confirmed`,
 * the action answers this hold and writes nothing. `confirmedPhrases` is what the sender
 * confirmed, for the record (undefined when nothing was found).
 *
 * @example
 * const c = courtesyCheck({ reason: '没空' }, input.confirmed);
 * if (c.hold) return c.hold; // { sent: false, warnings: [{ phrase: '没空', field: 'reason', … }] }
 */
export function courtesyCheck(
  texts: Record<string, string | undefined>, confirmed: boolean | undefined,
): { hold: CourtesyHold | null; warnings: PhraseWarning[]; confirmedPhrases?: string[] } {
  const warnings = checkCourtesyIn(texts);
  if (warnings.length === 0) return { hold: null, warnings };
  if (!confirmed) return { hold: { sent: false, warnings }, warnings };
  return { hold: null, warnings, confirmedPhrases: [...new Set(warnings.map((w) => w.phrase))] };
}

/**
 * Whether a transaction's answer is the courtesy hold rather than the changed document.
 * @example isHold({ sent: false, warnings: [] }) // true
 */
export function isHold(x: unknown): x is CourtesyHold {
  return typeof x === 'object' && x !== null && (x as { sent?: unknown }).sent === false && Array.isArray((x as { warnings?: unknown }).warnings);
}
