import { useEffect, useRef } from 'react';
import { Input, Textarea } from '@tarojs/components';
import type { InputProps } from '@tarojs/components/types/Input';
import type { TextareaProps } from '@tarojs/components/types/Textarea';
import { a11y } from '../../ui/a11y';

type Labelled<P> = Omit<P, 'nativeProps'> & {
  /** What the field is called, as its visible label says (a screen reader reads it). */
  label: string;
  invalid?: boolean;
};

/**
 * The props that name a Taro input on both platforms. On H5 Taro draws a native <input> or
 * <textarea> inside its own element, and only `nativeProps` reach that inner box — an aria-label
 * on the outer element leaves the box itself nameless (axe-core: label).
 * @example <Input {...namedBox('联系电话', false)} />
 */
export function namedBox(label: string, invalid = false): Record<string, unknown> {
  const state = { 'aria-invalid': invalid ? 'true' : 'false' };
  return { ...a11y(label), ...state, nativeProps: { 'aria-label': label, ...state } };
}

/**
 * A one-line input named for screen readers (see {@link namedBox}).
 * @example <LabelledInput label='外出事由' value={reason} onInput={(e) => setReason(e.detail.value)} />
 */
export function LabelledInput({ label, invalid, ...rest }: Labelled<InputProps>) {
  return <Input {...rest} {...namedBox(label, invalid)} />;
}

/**
 * A text box named for screen readers that shows its whole text: on H5 it grows to fit what it
 * holds, also text that was there before anyone typed (Taro's own `autoHeight` counts lines only
 * while typing, so an editor opened on a saved paragraph showed its first line).
 * @example <LabelledTextarea label='办理结果' value={text} onInput={(e) => setText(e.detail.value)} />
 */
export function LabelledTextarea({ label, invalid, autoHeight = true, ...rest }: Labelled<TextareaProps>) {
  const host = useRef<HTMLElement>(null);
  const h5 = process.env.TARO_ENV === 'h5';
  useEffect(() => {
    if (h5 && autoHeight && host.current) return fitHeight(host.current);
  }, [h5, autoHeight, rest.value]);
  return <Textarea {...rest} {...(h5 ? { ref: host } : { autoHeight })} {...namedBox(label, invalid)} />;
}

/**
 * Sets the height of the <textarea> inside Taro's H5 element to its content, now and whenever the
 * element changes width (rotation, font size); returns the clean-up.
 * @example useEffect(() => fitHeight(hostElement), [value]);
 */
export function fitHeight(host: HTMLElement): () => void {
  let frame = 0;
  let tries = 0;
  const fit = () => {
    const box = host.querySelector('textarea');
    if (!box) {
      if (tries++ < 30) frame = requestAnimationFrame(fit); // Taro draws the inner box a frame later
      return;
    }
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + 2}px`;
  };
  fit();
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit()) : undefined;
  resize?.observe(host);
  host.addEventListener('input', fit);
  return () => {
    cancelAnimationFrame(frame);
    resize?.disconnect();
    host.removeEventListener('input', fit);
  };
}
