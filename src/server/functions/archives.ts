import { action, defineFunction } from '../core/define';
import type { AccessLevel } from '../core/access';
import * as s from '../archives/schemas';
import { buildLettersVolume, buildMonthlyVolume } from '../archives/build';
import { handOverHalf, reviewStep } from '../archives/hand-over';
import { caseFile, closedCases } from '../archives/case-file';
import { buildCaseVolume } from '../archives/case-volume';
import { getVolume, listVolumes, lookup, lookups } from '../archives/read';
import { lookupsXlsx } from '../archives/xlsx';
import { approveDestruction, destroyVolume, destructions, proposeAppraisal } from '../archives/destroy';
import { readSettings, updateArchiveSettings } from '../archives/settings';

/** The archive's keepers: residents, window staff and unit liaisons are turned away (FORBIDDEN). */
const KEEPERS: readonly AccessLevel[] = ['archivist', 'director', 'admin'];

/**
 * `archives` (issue 15, rule 九 档案管理): monthly consultation volumes, letters volumes, legal-aid
 * case files and case volumes (one a closed case), pre-archive review and filing, the half-yearly hand-over, lookups with the 查阅登记 register, appraisal and approved destruction. Contract:
 * src/shared/archives.ts.
 *
 * @example await invoke(archives, { action: 'buildMonthlyVolume', month: '2026-11' }, { openid: 'demo-director' }, runtime)
 */
export const archives = defineFunction('archives', {
  buildMonthlyVolume: action({ access: KEEPERS, input: s.monthInput, run: (ctx, input) => buildMonthlyVolume(ctx, input) }),
  volumes: action({ access: KEEPERS, input: s.volumesInput, run: (ctx, input) => listVolumes(ctx, input) }),
  volume: action({ access: KEEPERS, input: s.volumeInput, run: (ctx, input) => getVolume(ctx, input) }),
  buildLettersVolume: action({ access: KEEPERS, input: s.lettersInput, run: (ctx, input) => buildLettersVolume(ctx, input) }),
  step: action({ access: KEEPERS, input: s.stepInput, run: (ctx, input) => reviewStep(ctx, input) }),
  handOver: action({ access: KEEPERS, input: s.handOverInput, run: (ctx, input) => handOverHalf(ctx, input) }),
  closedCases: action({ access: KEEPERS, input: s.pageInput, run: (ctx, input) => closedCases(ctx, input) }),
  caseFile: action({ access: KEEPERS, input: s.caseFileInput, run: (ctx, input) => caseFile(ctx, input) }),
  buildCaseVolume: action({ access: KEEPERS, input: s.caseFileInput, run: (ctx, input) => buildCaseVolume(ctx, input) }),

  lookup: action({ access: KEEPERS, input: s.lookupInput, run: (ctx, input) => lookup(ctx, input) }),
  lookups: action({ access: KEEPERS, input: s.lookupsInput, run: (ctx, input) => lookups(ctx, input) }),
  lookupsXlsx: action({ access: KEEPERS, input: s.lookupsInput, run: (ctx, input) => lookupsXlsx(ctx, input) }),

  proposeAppraisal: action({ access: KEEPERS, input: s.appraisalInput, run: (ctx, input) => proposeAppraisal(ctx, input) }),
  approveDestruction: action({ access: KEEPERS, input: s.approvalInput, run: (ctx, input) => approveDestruction(ctx, input) }),
  destroy: action({ access: KEEPERS, input: s.destroyInput, run: (ctx, input) => destroyVolume(ctx, input) }),
  destructions: action({ access: KEEPERS, input: s.emptyInput, run: (ctx) => destructions(ctx) }),

  settings: action({ access: KEEPERS, input: s.emptyInput, run: (ctx) => readSettings(ctx.store) }),
  updateSettings: action({ access: 'admin', input: s.settingsInput, run: (ctx, input) => updateArchiveSettings(ctx, input) }),
});
