import Taro from '@tarojs/taro';
import { callFunction } from './call';
import { getToken } from './session';
import type { FileAnswer, FileBytes } from '../shared/reports';

/**
 * Opens a report file the server made for the caller (issue 14). weapp: its bytes are fetched
 * through the `reports` function, written to the user's folder and opened with `openDocument`
 * (Word and Excel open there, and can be forwarded); H5: fetched from `url` with the caller's own
 * Authorization header and downloaded. Answers an error message, or null when it worked.
 *
 * @example const problem = await openReportFile(answer); if (problem) show(problem);
 */
export async function openReportFile(answer: FileAnswer): Promise<string | null> {
  const { name, url, mime } = answer.file;
  if (process.env.TARO_ENV === 'weapp') {
    const res = await callFunction<FileBytes>('reports', { action: 'file', id: url.split('/').pop() ?? '' });
    if (!res.ok) return res.error.message;
    const filePath = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${name}`;
    Taro.getFileSystemManager().writeFileSync(filePath, res.data.base64, 'base64');
    await Taro.openDocument({ filePath, fileType: name.endsWith('.docx') ? 'docx' : 'xlsx', showMenu: true });
    return null;
  }
  let res: Response;
  try {
    res = await fetch(url, { headers: { Authorization: `Bearer ${getToken()}` } });
  } catch {
    return '网络不太好，请稍后重试';
  }
  if (!res.ok) return '文件已过期或不存在，请重新生成';
  const blobUrl = URL.createObjectURL(new Blob([await res.arrayBuffer()], { type: mime }));
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 1000);
  return null;
}
