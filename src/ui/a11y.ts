/**
 * Accessibility props for Taro components on both platforms: `aria-label`/`role` reach the H5 DOM,
 * `ariaLabel`/`ariaRole` are the names Taro's mini-program templates know.
 * @example <View {...a11y('拨打投诉电话', 'button')} />
 */
export function a11y(label: string, role?: string): Record<string, string> {
  const props: Record<string, string> = { 'aria-label': label, ariaLabel: label };
  if (role) {
    props.role = role;
    props.ariaRole = role;
  }
  return props;
}

/**
 * A role (and extra aria attributes) without a label, e.g. for headings and alerts on `Text`.
 * @example <Text {...roleOf('heading', { 'aria-level': '1' })}>标题</Text>
 */
export function roleOf(role: string, extra: Record<string, string> = {}): Record<string, string> {
  return { role, ariaRole: role, ...extra };
}

/** Props of a heading of a level. */
export const heading = (level: 1 | 2) => roleOf('heading', { 'aria-level': String(level) });
