/** 分流交办 (issue 13): services of the `referrals` function. */
export { listUnits, saveUnit, sampleUnits, SUPERVISION_UNIT_ID } from './units';
export { refer } from './refer';
export { answerReferral } from './answer';
export { reportReferral, checkReferral, returnResult, redispatch, closeWithGuidance } from './steps';
export { getReferral, listReferrals } from './read';
export { referralNotice } from './notice';
