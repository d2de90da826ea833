import Taro from '@tarojs/taro';
import { callFunction } from './call';
import { getToken } from './session';
import type { FileAnswer, FileBytes } from '../shared/reports';

/** A URL the cloud handed out (a temporary cloud-storage URL), not a gateway path. */
const isTemporaryUrl = (url: string) => /^https?:\/\//i.test(url);

/** The `openDocument` type of a file name. @example documentType('季度分析报告_2026-Q4.docx') // 'docx' */
export function documentType(name: string): 'docx' | 'xlsx' | 'pdf' {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'pdf' ? ext : 'docx';
}

/** weapp: the file on the phone, from its temporary URL (`downloadFile`) or, on the gateway, its bytes through `reports.file`. */
async function fileOnPhone(answer: FileAnswer): Promise<{ filePath: string } | { problem: string }> {
  const { name, url, id } = answer.file;
  if (isTemporaryUrl(url)) {
    try {
      const dl = await Taro.downloadFile({ url });
      return dl.statusCode === 200 ? { filePath: dl.tempFilePath } : { problem: '文件已过期或不存在，请重新生成' };
    } catch {
      return { problem: '网络不太好，请稍后重试' };
    }
  }
  const res = await callFunction<FileBytes>('reports', { action: 'file', id: id ?? url.split('/').pop() ?? '' });
  if (!res.ok) return { problem: res.error.message };
  const filePath = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${name}`;
  Taro.getFileSystemManager().writeFileSync(filePath, res.data.base64, 'base64');
  return { filePath };
}

/**
 * Opens a report file the server made for the caller (issue 14). weapp: in the cloud `url` is a
 * temporary cloud-storage URL, fetched with `downloadFile`; otherwise the bytes come through the
 * `reports` function and are written to the user's folder — then `openDocument` opens it (Word,
 * Excel and PDF open there, and can be forwarded). H5: fetched from `url` with the caller's own
 * Authorization header (never sent to a temporary URL) and downloaded. Answers an error message,
 * or null when it worked.
 *
 * @example const problem = await openReportFile(answer); if (problem) show(problem);
 */
export async function openReportFile(answer: FileAnswer): Promise<string | null> {
  const { name, url, mime } = answer.file;
  if (process.env.TARO_ENV === 'weapp') {
    const got = await fileOnPhone(answer);
    if ('problem' in got) return got.problem;
    await Taro.openDocument({ filePath: got.filePath, fileType: documentType(name), showMenu: true });
    return null;
  }
  let res: Response;
  try {
    res = await fetch(url, isTemporaryUrl(url) ? {} : { headers: { Authorization: `Bearer ${getToken()}` } });
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
