import Taro from '@tarojs/taro';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Opens a Word (or, with fileType 'xlsx', Excel) document the server made (base64). weapp: written to the user's folder and opened
 * with `wx.openDocument` (from there it can be printed or forwarded); H5: downloaded.
 * @example await openDocx('法律援助申请受理回执.docx', base64) // true
 */
export async function openDocx(filename: string, base64: string, fileType: keyof typeof TYPES = 'docx'): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${filename}`;
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64');
    await Taro.openDocument({ filePath, fileType, showMenu: true });
    return true;
  }
  if (typeof document === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: TYPES[fileType] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
