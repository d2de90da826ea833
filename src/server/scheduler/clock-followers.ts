import type { ClockFollowers } from '../deadlines';
import { followTicketClock } from '../tickets/follow-clock';
import { followLegalAidClock } from '../legal-aid/clocks';

/** The records that copy their clock's due time, by subject type (see recomputeClocks). */
export const clockFollowers: ClockFollowers = { ticket: followTicketClock, legalAid: followLegalAidClock };
