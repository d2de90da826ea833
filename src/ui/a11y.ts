/**
 * `ariaRole` for the mini-program's templates; left out of the H5 build, where Taro would write
 * it as an `aria-role` attribute, which is not ARIA (axe-core: aria-valid-attr, serious).
 */
const roleAlias = (role: string): Record<string, string> => (process.env.TARO_ENV === 'h5' ? {} : { ariaRole: role });

/**
 * Accessibility props for Taro components on both platforms: `aria-label`/`role` reach the H5 DOM,
 * `ariaLabel`/`ariaRole` are the names Taro's mini-program templates know.
 * @example <View {...a11y('拨打投诉电话', 'button')} />
 */
export function a11y(label: string, role?: string): Record<string, string> {
  const props: Record<string, string> = { 'aria-label': label, ariaLabel: label };
  if (role) Object.assign(props, { role }, roleAlias(role));
  return props;
}

/**
 * A role (and extra aria attributes) without a label, e.g. for headings and alerts on `Text`.
 * @example <Text {...roleOf('heading', { 'aria-level': '1' })}>标题</Text>
 */
export function roleOf(role: string, extra: Record<string, string> = {}): Record<string, string> {
  return { role, ...roleAlias(role), ...extra };
}

/** Props of a heading of a level. */
export const heading = (level: 1 | 2) => roleOf('heading', { 'aria-level': String(level) });
