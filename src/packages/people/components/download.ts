import { openDocx } from '../../../api/document-file';

/**
 * Saves an .xlsx the server made. H5: a download of the bytes; weapp: written to the user's
 * folder and opened with `wx.openDocument` (from there it can be forwarded or printed).
 * @example await saveXlsx('学习登记-2026-工作站.xlsx', base64) // true
 */
export function saveXlsx(filename: string, base64: string): Promise<boolean> {
  return openDocx(filename, base64, 'xlsx');
}

/** Opens the print dialog on H5 (false on weapp). */
export function printPage(): boolean {
  if (process.env.TARO_ENV === 'weapp' || typeof window === 'undefined' || typeof window.print !== 'function') return false;
  window.print();
  return true;
}
