/**
 * Accessibility props for Taro components on both platforms. On H5 the DOM gets `aria-label` and
 * `role` only — Taro's H5 runtime writes any other prop through as an attribute, so `ariaRole`
 * would become the invalid `aria-role` (axe-core: aria-valid-attr). On weapp the template also
 * needs `ariaLabel` / `ariaRole` (config/a11y-plugin.js turns them into WeChat's `aria-label` /
 * `aria-role`, which its screen reader reads).
 * @example <View {...a11y('拨打投诉电话', 'button')} />
 */
export function a11y(label: string, role?: string): Record<string, string> {
  return { 'aria-label': label, ...(onH5() ? {} : { ariaLabel: label }), ...(role ? roleOf(role) : {}) };
}

/** Roles a person operates: on H5 they are reachable with the keyboard (Tab, then Enter or Space). */
const OPERABLE = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option']);

/**
 * A role (and extra aria attributes) without a label, e.g. for headings and alerts on `Text`.
 * On H5 an operable role also makes the element focusable (`tabindex="0"`; src/ui/h5-access.ts
 * turns Enter and Space into a tap).
 * @example <Text {...roleOf('heading', { 'aria-level': '1' })}>标题</Text>
 */
export function roleOf(role: string, extra: Record<string, string> = {}): Record<string, string> {
  if (!onH5()) return { role, ariaRole: role, ...extra };
  return { role, ...(OPERABLE.has(role) ? { tabindex: '0' } : {}), ...extra }; // lower case: Taro writes 'tabIndex' as 'tab-index'
}

/** Props of a heading of a level. */
export const heading = (level: 1 | 2) => roleOf('heading', { 'aria-level': String(level) });

/** True in the H5 build (a build-time constant there). */
function onH5(): boolean {
  return process.env.TARO_ENV === 'h5';
}
