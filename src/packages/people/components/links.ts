/** The people subpackage's pages. */
export const PEOPLE_URL = '/packages/people/pages/index/index';
export const STUDY_URL = '/packages/people/pages/study/index';
export const WORKBENCH_URL = '/packages/staff/pages/index/index';

/**
 * A person's profile (yourself without an id).
 * @example profileUrl('staff:a') // '/packages/people/pages/profile/index?staffId=staff%3Aa'
 */
export function profileUrl(staffId?: string): string {
  return `/packages/people/pages/profile/index${staffId ? `?staffId=${encodeURIComponent(staffId)}` : ''}`;
}
