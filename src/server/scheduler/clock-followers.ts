import type { ClockDoc, ClockFollowers } from '../deadlines';
import type { Tx } from '../ports/store';
import { onLegalAidClockOverdue } from '../legal-aid/materials-late';
import { followTicketClock } from '../tickets/follow-clock';
import { followLegalAidClock } from '../legal-aid/clocks';
import { onReportClockOverdue } from '../reports/report-clocks';

/** The records that copy their clock's due time, by subject type (see recomputeClocks). */
export const clockFollowers: ClockFollowers = { ticket: followTicketClock, legalAid: followLegalAidClock };

/**
 * What a subject does when one of its clocks runs out, in the check's transaction (after the
 * engine's own 督办 and escalation audit), by subject type. issue 11: the materials an urgent
 * legal-aid application owes.
 */
export const clockOverdueFollowers: Record<string, (tx: Tx, clock: ClockDoc, now: number, directorIds: string[], adminIds: string[]) => Promise<void>> = { legalAid: onLegalAidClockOverdue, report: onReportClockOverdue }; // report: issue 14, a late report reaches the admins too
