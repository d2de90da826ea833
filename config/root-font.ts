/**
 * The H5 root font-size script (replaces Taro's default). Taro's own script sets
 * `html { font-size }` from the screen width only (20px on a 375-px phone for designWidth 750),
 * which would ignore the reader's browser text-size setting. This one multiplies by the ratio of
 * the browser's default font size to 16px, measured once before it is overwritten, so an elderly
 * reader who set "large text" in the browser gets large text here too.
 *
 * @example
 * // 375-px screen, browser default 16px → html font-size 20px; browser default 20px → 25px
 */
export const h5RootFontScript = [
  '!function(w){',
  'var e=w.document.documentElement;',
  'var base=parseFloat(w.getComputedStyle(e).fontSize)||16;',
  'var s=Math.min(Math.max(base/16,1),1.75);',
  'function f(){var r=e.getBoundingClientRect(),a=[r.width,r.height].filter(Boolean),m=Math.min.apply(Math,a);',
  'var x=40*m/750;x=x>=40?40:x<=20?20:x;e.style.fontSize=(x*s)+"px"}',
  'w.addEventListener("resize",f);f()',
  '}(window);',
].join('');
