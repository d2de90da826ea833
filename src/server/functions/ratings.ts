import { action, defineFunction } from '../core/define';
import * as s from '../ratings/schemas';
import { rateAsResident, recordRating } from '../ratings/rate';
import { addComment, myRatings, pendingRatings, ratingForSubject } from '../ratings/mine';
import { getCallback, listCallbacks } from '../callbacks/list';
import { recordCallback } from '../callbacks/record';
import { ratingsTable, ratingsTableCsv, sampleDrawOf } from '../callbacks/table';
import { callbackSettings, updateCallbackSettings } from '../ratings/settings';

/**
 * `ratings` (issue 6): service ratings and callbacks (服务评价与回访, rule 十二). Every action, its
 * payload, result, access and errors are documented in src/shared/ratings.ts (the contract).
 * The scheduler's tick runs the monthly draw and the 3-day reminder (src/server/ratings/jobs.ts).
 *
 * @example
 * await invoke(ratings, { action: 'rate', subject: { type: 'ticket', id }, level: 'satisfied', requestId: 'r-12345678' }, { openid: 'o1' }, runtime)
 */
export const ratings = defineFunction('ratings', {
  pending: action({ access: 'person', input: s.emptyInput, run: (ctx) => pendingRatings(ctx) }),
  forSubject: action({ access: 'person', input: s.subjectInput, run: (ctx, input) => ratingForSubject(ctx, input) }),
  rate: action({ access: 'person', input: s.rateInput, run: (ctx, input) => rateAsResident(ctx, input) }),
  addComment: action({ access: 'person', input: s.commentInput, run: (ctx, input) => addComment(ctx, input) }),
  mine: action({ access: 'person', input: s.emptyInput, run: (ctx) => myRatings(ctx) }),

  recordRating: action({ access: 'staff', input: s.recordRatingInput, run: (ctx, input) => recordRating(ctx, input) }),
  callbacks: action({ access: 'staff', input: s.callbacksInput, run: (ctx, input) => listCallbacks(ctx, input) }),
  callback: action({ access: 'staff', input: s.taskInput, run: (ctx, input) => getCallback(ctx, input) }),
  recordCallback: action({ access: 'staff', input: s.recordCallbackInput, run: (ctx, input) => recordCallback(ctx, input) }),

  table: action({ access: 'staff', input: s.monthInput, run: (ctx, input) => ratingsTable(ctx, input) }),
  tableCsv: action({ access: 'staff', input: s.monthInput, run: (ctx, input) => ratingsTableCsv(ctx, input) }),
  sampleDraw: action({ access: 'staff', input: s.monthInput, run: (ctx, input) => sampleDrawOf(ctx, input) }),
  callbackSettings: action({ access: 'staff', input: s.emptyInput, run: (ctx) => callbackSettings(ctx) }),
  updateCallbackSettings: action({ access: 'admin', input: s.callbackSettingsInput, run: (ctx, input) => updateCallbackSettings(ctx, input) }),
});
