import { action, defineFunction } from '../core/define';
import * as s from '../referrals/schemas';
import {
  answerReferral, checkReferral, closeWithGuidance, getReferral, listReferrals, listUnits, redispatch, refer, referralNotice, reportReferral, returnResult, saveUnit,
} from '../referrals';

const unitSide = ['staff', 'unitLiaison'] as const;

/**
 * `referrals` (issue 13): 分流交办 — the units registry, referring a matter with the three
 * elements and a lead unit, the units' answers within 3 days, progress, result, the station's
 * check, and the director's re-dispatch or closing with guidance (rule 七). Contract:
 * src/shared/referrals.ts. Who may see or change one referral is the one access rule's call.
 *
 * @example await invoke(referrals, { action: 'answer', id, unitId: 'unit:court', accept: false, reason: '不属于本院管辖' }, liaison, runtime)
 */
export const referrals = defineFunction('referrals', {
  units: action({ access: unitSide, input: s.emptyInput, run: (ctx) => listUnits(ctx) }),
  saveUnit: action({ access: 'admin', input: s.saveUnitInput, run: (ctx, input) => saveUnit(ctx, input) }),

  refer: action({ access: 'staff', input: s.referInput, run: (ctx, input) => refer(ctx, input) }),
  answer: action({ access: unitSide, input: s.answerInput, run: (ctx, input) => answerReferral(ctx, input) }),
  progress: action({ access: unitSide, input: s.reportInput, run: (ctx, input) => reportReferral(ctx, input, 'progress') }),
  result: action({ access: unitSide, input: s.reportInput, run: (ctx, input) => reportReferral(ctx, input, 'result') }),
  check: action({ access: 'staff', input: s.checkInput, run: (ctx, input) => checkReferral(ctx, input) }),
  returnResult: action({ access: 'staff', input: s.returnInput, run: (ctx, input) => returnResult(ctx, input) }),
  redispatch: action({ access: 'director', input: s.redispatchInput, run: (ctx, input) => redispatch(ctx, input) }),
  closeWithGuidance: action({ access: 'director', input: s.guidanceInput, run: (ctx, input) => closeWithGuidance(ctx, input) }),

  list: action({ access: unitSide, input: s.listInput, run: (ctx, input) => listReferrals(ctx, input) }),
  get: action({ access: 'person', input: s.idInput, run: (ctx, input) => getReferral(ctx, input) }),
  notice: action({ access: unitSide, input: s.idInput, run: (ctx, input) => referralNotice(ctx, input) }),
});
