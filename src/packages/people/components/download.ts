import Taro from '@tarojs/taro';

/**
 * Saves an .xlsx the server made. H5: a download of the bytes; weapp: written to the user's
 * folder and opened with `wx.openDocument` (from there it can be forwarded or printed).
 * @example await saveXlsx('学习登记-2026-工作站.xlsx', base64) // true
 */
export async function saveXlsx(filename: string, base64: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${filename}`;
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64');
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return true;
  }
  if (typeof document === 'undefined' || typeof Blob === 'undefined') return false;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/** Opens the print dialog on H5 (false on weapp). */
export function printPage(): boolean {
  if (process.env.TARO_ENV === 'weapp' || typeof window === 'undefined' || typeof window.print !== 'function') return false;
  window.print();
  return true;
}
