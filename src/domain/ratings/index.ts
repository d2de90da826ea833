/** Pure rules of ratings and callbacks (rule 十二): who needs a callback, the monthly draw, tallies. */
export { mulberry32 } from './prng';
export { sampleSize, drawPositions, drawSample, type Draw } from './sample';
export { monthOf, previousMonth, isMonth } from './month';
export { ratingNeedsCallback, callbackReasons, isMandatory, mergeReasons, isSampleChannel, isOverdue, type CallbackFacts } from './callback-need';
export { callbackOutcome, type CallbackEntry, type CallbackOutcome } from './callback-record';
export { emptyTally, applyDelta, addTallies, rateOf, type Tally, type TallyDelta } from './tally';
export { rowOf, totalsOf, sortRows, percent, tableCsv, TABLE_HEADER, type TallyRowInput } from './table';
