import type { ClockFollowers } from '../deadlines';
import { followTicketClock } from '../tickets/follow-clock';

/** The records that copy their clock's due time, by subject type (see recomputeClocks). */
export const clockFollowers: ClockFollowers = { ticket: followTicketClock };
