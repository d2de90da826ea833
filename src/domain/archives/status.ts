import type { VolumeStatus } from '../../shared/archives';
import type { Role } from '../../shared/roles';

/** What a step on a volume is called (the action that takes it). */
export type VolumeStep =
  | 'handIn' | 'pass' | 'return' | 'bind' | 'directorReview' | 'file' | 'handOver'
  | 'proposeAppraisal' | 'approveDestruction' | 'destroy';

/**
 * The volume's status machine (rule 九(三)(五)(七)(九)) as a table: status × step → next status.
 * building → handedIn → passed | returned (→ handedIn again) → bound → directorReviewed → filed
 * (with the archivist) → handedOver (半年送交统一保管) → appraisalProposed → approved → destroyed.
 * A volume filed may be put forward for appraisal whether or not it was handed over yet.
 */
export const VOLUME_TRANSITIONS: Record<VolumeStatus, Partial<Record<VolumeStep, VolumeStatus>>> = {
  building: { handIn: 'handedIn' },
  handedIn: { pass: 'passed', return: 'returned' },
  returned: { handIn: 'handedIn' },
  passed: { bind: 'bound' },
  bound: { directorReview: 'directorReviewed' },
  directorReviewed: { file: 'filed' },
  filed: { handOver: 'handedOver', proposeAppraisal: 'appraisalProposed' },
  handedOver: { proposeAppraisal: 'appraisalProposed' },
  appraisalProposed: { approveDestruction: 'approved' },
  approved: { destroy: 'destroyed' },
  destroyed: {},
};

/**
 * The status after `step`, or null when the step is not allowed from `from`.
 *
 * @example nextVolumeStatus('handedIn', 'pass') // 'passed'
 * @example nextVolumeStatus('building', 'destroy') // null
 */
export function nextVolumeStatus(from: VolumeStatus, step: VolumeStep): VolumeStatus | null {
  return VOLUME_TRANSITIONS[from][step] ?? null;
}

/** Statuses in which a volume is filed (归档) and reading it needs a recorded purpose. */
export const FILED_STATUSES: readonly VolumeStatus[] = ['filed', 'handedOver', 'appraisalProposed', 'approved'];

/**
 * True when reading the volume goes through the 查阅登记 register.
 *
 * @example isFiled('handedOver') // true
 * @example isFiled('handedIn') // false
 */
export function isFiled(status: VolumeStatus): boolean {
  return FILED_STATUSES.includes(status);
}

/** Who takes each step (rule 九(三)(七)(九)); `handler` = the volume's own handler (who built or handed it in). */
export const STEP_ROLES: Record<VolumeStep, readonly (Role | 'handler')[]> = {
  handIn: ['handler'],
  pass: ['archivist'], return: ['archivist'], bind: ['archivist'],
  directorReview: ['director'],
  file: ['archivist'], handOver: ['archivist'],
  proposeAppraisal: ['archivist'], approveDestruction: ['archivist', 'admin'], destroy: ['archivist', 'admin'],
};

/**
 * The steps this person may take on a volume now (what a page offers as buttons).
 *
 * @example stepsFor('handedIn', ['archivist'], false) // ['pass', 'return']
 * @example stepsFor('bound', ['staff', 'director'], false) // ['directorReview']
 */
export function stepsFor(status: VolumeStatus, roles: readonly Role[], isHandler: boolean): VolumeStep[] {
  return (Object.keys(VOLUME_TRANSITIONS[status]) as VolumeStep[]).filter((step) =>
    STEP_ROLES[step].some((r) => (r === 'handler' ? isHandler : roles.includes(r))));
}
