import type { ClockDoc, ClockFollowers } from '../deadlines';
import type { Tx } from '../ports/store';
import { onLegalAidClockOverdue } from '../legal-aid/materials-late';
import { followTicketClock } from '../tickets/follow-clock';
import { followLegalAidClock } from '../legal-aid/clocks';

/** The records that copy their clock's due time, by subject type (see recomputeClocks). */
export const clockFollowers: ClockFollowers = { ticket: followTicketClock, legalAid: followLegalAidClock };

/**
 * What a subject does when one of its clocks runs out, in the check's transaction (after the
 * engine's own 督办 and escalation audit), by subject type. issue 11: the materials an urgent
 * legal-aid application owes.
 */
export const clockOverdueFollowers: Record<string, (tx: Tx, clock: ClockDoc, now: number, directorIds: string[]) => Promise<void>> = { legalAid: onLegalAidClockOverdue };
