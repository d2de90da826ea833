/**
 * Test doubles for @tarojs/components: plain DOM elements, with aria/role props passed through,
 * Taro-only props dropped, and Taro's `{ detail: { value } }` input events.
 */
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };

const TARO_ONLY = new Set([
  'ariaLabel', 'ariaRole', 'openType', 'loading', 'maxlength', 'autoHeight', 'hoverClass', 'mode', 'start', 'end',
  'scrollY', 'scrollX', 'enableFlex', 'userSelect', 'selectable', 'decode', 'placeholderClass', 'confirmType', 'nativeProps',
]);

function domProps(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (!TARO_ONLY.has(k)) out[k] = v;
  return out;
}

function element(tag: string) {
  const C = (props: Props) => createElement(tag, domProps(props));
  C.displayName = tag;
  return C;
}

export const View = element('div');
export const Text = element('span');
export const ScrollView = element('div');
export const Image = element('img');
export const Navigator = (props: Props) => createElement('a', domProps({ ...props, href: props.url as string }));

/**
 * A button; `openType` shows as `data-open-type`. WeChat fires `agreePrivacyAuthorization` (not
 * `tap`) on an `open-type="agreePrivacyAuthorization"` button, so a click here calls that handler.
 */
export const Button = ({ onAgreePrivacyAuthorization, ...props }: Props) => {
  const agree = props.openType === 'agreePrivacyAuthorization' ? (onAgreePrivacyAuthorization as (() => void) | undefined) : undefined;
  return createElement('button', domProps({
    type: 'button', ...props, disabled: Boolean(props.disabled),
    'data-open-type': props.openType as string | undefined,
    ...(agree ? { onClick: agree } : {}),
  }));
};

function field(tag: 'input' | 'textarea') {
  const C = ({ onInput, value, ...rest }: Props) =>
    createElement(tag, {
      ...domProps(rest),
      value: value ?? '',
      onChange: (e: { target: { value: string } }) =>
        (onInput as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } }),
    });
  C.displayName = tag;
  return C;
}

export const Input = field('input');
export const Textarea = field('textarea');

/** A date picker: its children plus a text input carrying the value (label "选择日期"). */
export const Picker = ({ children, value, onChange }: Props) =>
  createElement('div', null, children, createElement('input', {
    'aria-label': '选择日期',
    value: value ?? '',
    onChange: (e: { target: { value: string } }) =>
      (onChange as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } }),
  }));
