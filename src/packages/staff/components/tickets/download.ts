import Taro from '@tarojs/taro';

/**
 * Offers a CSV file to the user. H5: a Blob download (with a BOM, added if missing, so Excel reads the Chinese).
 * weapp has no downloads: answers false, and the page shows the text with a copy button instead.
 * @example if (!downloadCsv('投诉记录本-2026-11.csv', csv)) setShowText(true);
 */
export function downloadCsv(filename: string, csv: string): boolean {
  if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined' || typeof Blob === 'undefined') return false;
  const blob = new Blob([csv.startsWith('\uFEFF') ? csv : '\uFEFF' + csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/**
 * Copies text to the clipboard and says so.
 * @example void copyText(csv, '已复制，可粘贴到表格')
 */
export async function copyText(text: string, done = '已复制'): Promise<void> {
  try {
    await Taro.setClipboardData({ data: text });
    await Taro.showToast({ title: done, icon: 'none' });
  } catch {
    await Taro.showToast({ title: '复制失败，请长按文字复制', icon: 'none' });
  }
}

/**
 * Opens the browser's print dialog on H5 (the page's `@media print` CSS lays it out); false on weapp.
 * @example if (!printPage()) toast('请在电脑浏览器中打开打印');
 */
export function printPage(): boolean {
  if (process.env.TARO_ENV === 'weapp' || typeof window === 'undefined' || typeof window.print !== 'function') return false;
  window.print();
  return true;
}
