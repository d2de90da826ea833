/** Roles whose Taro H5 elements are not native controls but take a tap (see `roleOf`). */
const TAPPABLE = '[role="button"],[role="link"],[role="checkbox"],[role="radio"],[role="switch"],[role="tab"],[role="option"],[role="menuitem"]';

/**
 * Lets a keyboard or switch user operate the H5 pages: Enter (and Space, except on links) on a
 * focused element with an operable role taps it, as on a native button. Taro renders buttons and
 * tappable views as custom elements that browsers do not activate by themselves. Native inputs
 * and text boxes keep their keys. Returns the function that removes the listener.
 * @example installKeyboardTap(document)
 */
export function installKeyboardTap(doc: Document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const target = e.target as HTMLElement | null;
    if (!target || !target.matches?.(TAPPABLE) || /^(INPUT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) return;
    if (e.key === ' ' && target.getAttribute('role') === 'link') return;
    e.preventDefault();
    target.click();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}

/**
 * Taro's H5 `showModal` draws plain <div>s: no dialog role, buttons a screen reader cannot name as
 * buttons, nothing focused. This gives each modal as it opens the roles of a dialog, makes its two
 * buttons focusable buttons and moves the focus to the confirm button. (Its colours and sizes
 * are set in app.css and by src/ui/confirm.ts.) Returns the function that stops watching.
 * @example installModalRoles(document)
 */
export function installModalRoles(doc: Document): () => void {
  const mark = (modal: Element) => {
    const box = modal.querySelector('.taro-modal__content');
    const title = modal.querySelector('.taro-modal__title');
    if (!box || box.getAttribute('role')) return;
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    if (title?.textContent) {
      title.id = title.id || 'taro-modal-title';
      box.setAttribute('aria-labelledby', title.id);
    }
    const text = modal.querySelector('.taro-modal__text');
    if (text) {
      text.id = text.id || 'taro-modal-text';
      box.setAttribute('aria-describedby', text.id);
    }
    modal.querySelectorAll('.taro-model__btn').forEach((b) => {
      b.setAttribute('role', 'button');
      b.setAttribute('tabindex', '0');
    });
    (modal.querySelector('.taro-model__confirm') as HTMLElement | null)?.focus();
  };
  const watch = new MutationObserver((changes) => {
    for (const c of changes) c.addedNodes.forEach((n) => { if (n instanceof Element && n.classList.contains('taro__modal')) mark(n); });
  });
  watch.observe(doc.body, { childList: true }); // Taro adds the modal to <body> once and reuses it
  return () => watch.disconnect();
}

/**
 * Fills in what Taro's H5 elements lack, as they appear:
 * - <Button> is a <taro-button-core> custom element: no button role, not focusable, its
 *   `disabled` unknown to a screen reader. Each gets the role, a tab stop (none while disabled)
 *   and `aria-disabled`. Buttons built with `a11y(…, 'button')` keep their role.
 * - Each page is its own scrolling box (`.taro_page`): it gets a tab stop, so a keyboard can
 *   scroll a page that has no control of its own (axe-core: scrollable-region-focusable).
 * Returns the function that stops watching.
 * @example installTaroRoles(document)
 */
export function installTaroRoles(doc: Document): () => void {
  const button = (b: Element) => {
    if (!b.hasAttribute('role')) b.setAttribute('role', 'button');
    const off = b.hasAttribute('disabled');
    if (b.getAttribute('aria-disabled') !== String(off)) b.setAttribute('aria-disabled', String(off));
    const tab = off ? '-1' : '0';
    if (b.getAttribute('tabindex') !== tab) b.setAttribute('tabindex', tab);
  };
  const mark = (el: Element) => {
    if (el.localName === 'taro-button-core') button(el);
    else if (el.classList.contains('taro_page') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  };
  const scan = (root: ParentNode) => root.querySelectorAll('taro-button-core, .taro_page').forEach(mark);
  const watch = new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'attributes') mark(c.target as Element);
      else c.addedNodes.forEach((n) => { if (n instanceof Element) { mark(n); scan(n); } });
    }
  });
  scan(doc);
  watch.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return () => watch.disconnect();
}
