import Taro from '@tarojs/taro';
import type { CSSProperties } from 'react';

/** WeChat's default font size setting (px) on phones where nobody changed it. */
const DEFAULT_SETTING = 17;

/**
 * How much larger than designed the text should be: on weapp it follows WeChat's
 * 「我-设置-通用-字体大小」 (`fontSizeSetting`), never smaller than designed, at most 1.6×.
 * On H5 the root font size already follows the browser's text size (config/root-font.ts).
 * @example fontScale(20) // 1.18 (rounded to 2 places)
 */
export function fontScale(setting: number | undefined): number {
  if (!setting || !Number.isFinite(setting)) return 1;
  return Math.round(Math.min(Math.max(setting / DEFAULT_SETTING, 1), 1.6) * 100) / 100;
}

/** What WeChat reports about the reader's font setting (getAppBaseInfo, base library 2.23.4+). */
interface FontFacts {
  fontSizeSetting?: number;
}

/**
 * WeChat's 「字体大小」 setting in px: `getAppBaseInfo()` where the base library has it, else the
 * deprecated `getSystemInfoSync()` (older WeChat), else undefined (designed size).
 * @example wechatFontSetting() // 20
 */
export function wechatFontSetting(): number | undefined {
  const api = Taro as unknown as { getAppBaseInfo?: () => FontFacts; getSystemInfoSync?: () => FontFacts };
  for (const read of [api.getAppBaseInfo, api.getSystemInfoSync]) {
    if (typeof read !== 'function') continue;
    try {
      const setting = read().fontSizeSetting;
      if (typeof setting === 'number') return setting;
    } catch {
      // this API is missing or failed on this WeChat: try the next one
    }
  }
  return undefined;
}

let cached: CSSProperties | undefined;

/**
 * The style for a page's root view: sets `--font-scale`, which every font size in app.css uses.
 * @example <View className='page' style={pageStyle()}>
 */
export function pageStyle(): CSSProperties {
  if (cached) return cached;
  const setting = process.env.TARO_ENV === 'weapp' ? wechatFontSetting() : undefined;
  cached = { ['--font-scale' as string]: String(fontScale(setting)) } as CSSProperties;
  return cached;
}
