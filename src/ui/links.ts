/**
 * Page addresses, in one place.
 * @example guideUrl('guide:legal-aid') // '/pages/guide/index?key=guide%3Alegal-aid'
 */
export function guideUrl(key: string): string {
  return `/pages/guide/index?key=${encodeURIComponent(key)}`;
}

export const STAFF_URL = '/pages/staff/index';
export const COMMITMENTS_URL = '/pages/commitments/index';
export const ADMIN_URL = '/packages/admin/pages/index/index';
export const DEV_SIGN_IN_URL = '/packages/dev/pages/sign-in/index';
export const WORKBENCH_URL = '/packages/staff/pages/index/index';
export const STAFF_INBOX_URL = '/packages/staff/pages/inbox/index';
export const MESSAGES_URL = '/packages/resident/pages/messages/index';

/**
 * The admin editor for one item (or a new one of a kind).
 * @example editUrl({ key: 'station' }) // '/packages/admin/pages/edit/index?key=station'
 */
export function editUrl(target: { key: string } | { kind: 'badge' | 'notice' }): string {
  const q = 'key' in target ? `key=${encodeURIComponent(target.key)}` : `kind=${target.kind}`;
  return `/packages/admin/pages/edit/index?${q}`;
}

/** The version history of one item. */
export function historyUrl(key: string): string {
  return `/packages/admin/pages/history/index?key=${encodeURIComponent(key)}`;
}

export const CALENDAR_URL = '/packages/admin/pages/calendar/index';

/**
 * True where the H5 demo sign-in link is shown: only in an H5 build made for a demo
 * (`TARO_APP_DEMO_SIGN_IN=1`: `.env.development`, and `npm start` outside production). A plain
 * `taro build --type h5` — what an operator deploys — reads `.env.production` and has no link
 * (the gateway refuses the dev sign-in in production anyway).
 * @example showDevSignIn() // false in the production H5 build
 */
export function showDevSignIn(): boolean {
  return process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEMO_SIGN_IN === '1';
}
