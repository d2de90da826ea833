import { action, defineFunction } from '../core/define';
import * as s from '../legal-aid/schemas';
import { applyOnline, registerApplication } from '../legal-aid/create';
import { getApplication, listMine, listQueue, sameDayBoard } from '../legal-aid/read';
import { acceptApplication, requestMaterials, supplyMaterials, withdrawApplication } from '../legal-aid/intake';
import { assignWorker, decideApplication, terminateAid } from '../legal-aid/decision';
import { closeCase, recordProgress } from '../legal-aid/aid';
import { listRoster, saveWorker } from '../legal-aid/roster';
import { readDocument } from '../legal-aid/documents';

/**
 * `legalAid` (issue 11): 法律援助 from application to 结案 and rating — green channel 五个当天,
 * hardship exemption, decision, assignment, aid. The contract (payloads, results, errors) is
 * src/shared/legal-aid.ts; who may see or change one application is the one access rule.
 *
 * @example
 * await invoke(legalAid, { action: 'apply', requestId: 'r-12345678', applicant: { name: '陈大爷', phone: '13812345678' }, groups: ['elderly'], matter: { kind: 'alimony', summary: '…' }, hardship: 'dibao' }, { openid: 'o1' }, runtime)
 */
export const legalAid = defineFunction('legalAid', {
  // residents (and anyone signed in: their own applications)
  apply: action({ access: 'person', input: s.applyInput, run: (ctx, input) => applyOnline(ctx, input) }),
  mine: action({ access: 'person', input: s.emptyInput, run: (ctx) => listMine(ctx) }),
  get: action({ access: 'person', input: s.idInput, run: (ctx, input) => getApplication(ctx, input) }),
  supplyMaterials: action({ access: 'person', input: s.supplyInput, run: (ctx, input) => supplyMaterials(ctx, input) }),
  withdraw: action({ access: 'person', input: s.withdrawInput, run: (ctx, input) => withdrawApplication(ctx, input) }),
  document: action({ access: 'person', input: s.documentInput, run: (ctx, input) => readDocument(ctx, input) }),

  // window staff
  register: action({ access: 'staff', input: s.registerInput, run: (ctx, input) => registerApplication(ctx, input) }),
  queue: action({ access: ['staff', 'legalAidWorker'], input: s.queueInput, run: (ctx, input) => listQueue(ctx, input) }),
  board: action({ access: 'staff', input: s.boardInput, run: (ctx, input) => sameDayBoard(ctx, input) }),
  accept: action({ access: 'staff', input: s.idInput, run: (ctx, input) => acceptApplication(ctx, input) }),
  requestMaterials: action({ access: 'staff', input: s.materialsInput, run: (ctx, input) => requestMaterials(ctx, input) }),
  recordProgress: action({ access: ['staff', 'legalAidWorker'], input: s.progressInput, run: (ctx, input) => recordProgress(ctx, input) }),
  close: action({ access: ['staff', 'legalAidWorker'], input: s.closeInput, run: (ctx, input) => closeCase(ctx, input) }),
  roster: action({ access: 'staff', input: s.emptyInput, run: (ctx) => listRoster(ctx) }),

  // the director
  decide: action({ access: 'director', input: s.decideInput, run: (ctx, input) => decideApplication(ctx, input) }),
  assign: action({ access: 'director', input: s.assignInput, run: (ctx, input) => assignWorker(ctx, input) }),
  terminate: action({ access: 'director', input: s.terminateInput, run: (ctx, input) => terminateAid(ctx, input) }),
  saveWorker: action({ access: ['director', 'admin'], input: s.saveWorkerInput, run: (ctx, input) => saveWorker(ctx, input) }),
});
