import type { ReportStorage } from '../ports/report-storage';

/** The parts of an `@cloudbase/node-sdk` app this port uses (its documented storage calls). */
export interface CloudbaseStorageApp {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string; code?: string; message?: string }>;
  getTempFileURL(options: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{ fileList?: Array<{ fileID: string; tempFileURL: string; code: string }>; code?: string; message?: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: Buffer | string; code?: string; message?: string }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList?: Array<{ fileID: string; code: string }>; code?: string; message?: string }>;
}

function failed(what: string, res: { code?: string; message?: string }): Error {
  return new Error(`cloud storage ${what} failed: ${res.code ?? ''} ${res.message ?? ''}`.trim());
}

/**
 * Report files in CloudBase cloud storage through the server SDK: upload, temporary URL,
 * download, delete. Any failure throws (the action answers 系统繁忙 and writes nothing).
 *
 * @example
 * const storage = createCloudbaseStorage(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }));
 * const url = await storage.tempUrl(await storage.put('reports/2026-11-26/rpt_….docx', bytes), 1800);
 */
export function createCloudbaseStorage(app: CloudbaseStorageApp): ReportStorage {
  return {
    async put(cloudPath, bytes) {
      const res = await app.uploadFile({ cloudPath, fileContent: bytes });
      if (!res.fileID) throw failed('upload', res);
      return res.fileID;
    },
    async tempUrl(fileId, maxAgeSeconds) {
      const res = await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: maxAgeSeconds }] });
      const item = res.fileList?.[0];
      if (!item || item.code !== 'SUCCESS' || !item.tempFileURL) throw failed('getTempFileURL', { code: item?.code ?? res.code, message: res.message });
      return item.tempFileURL;
    },
    async get(fileId) {
      const res = await app.downloadFile({ fileID: fileId });
      if (!Buffer.isBuffer(res.fileContent)) throw failed('download', res);
      return res.fileContent;
    },
    async remove(fileIds) {
      if (fileIds.length === 0) return;
      const res = await app.deleteFile({ fileList: fileIds });
      if (res.code) throw failed('delete', res);
    },
  };
}
