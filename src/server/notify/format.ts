import { beijingMinuteOfDay, toBeijingDate } from '../../domain/beijing';

/**
 * An instant as people write it, Beijing time: 「2026年10月9日 17:00」.
 * @example formatBeijing(Date.parse('2026-10-09T09:00:00Z')) // '2026年10月9日 17:00'
 */
export function formatBeijing(ms: number): string {
  const [y, m, d] = toBeijingDate(ms).split('-').map(Number);
  const minute = beijingMinuteOfDay(ms);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${y}年${m}月${d}日 ${hh}:${mm}`;
}

/**
 * Cuts text to WeChat's limit for a `thing` field (20 characters), marking the cut with 「…」.
 * @example clip('关于窗口工作人员服务态度的投诉答复期限提醒', 20) // '关于窗口工作人员服务态度的投诉答复期限…'
 */
export function clip(text: string, max = 20): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
