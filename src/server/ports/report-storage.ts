/**
 * Cloud storage for generated report files (issue 14 §4), in the cloud only. In CloudBase a
 * report file is put in cloud storage (`@cloudbase/node-sdk` `app.uploadFile`) and the caller is
 * answered a temporary URL (`app.getTempFileURL`, expiring with the file) that the mini-program
 * opens with `Taro.downloadFile` + `Taro.openDocument`. The embedded runtime has no such port:
 * the bytes stay in the `reportFiles` document and the gateway serves them to their maker
 * (`GET /api/report-files/<id>` with the caller's Authorization header).
 */
export interface ReportStorage {
  /** Stores the bytes at `cloudPath`; answers the `cloud://…` fileID. */
  put(cloudPath: string, bytes: Buffer): Promise<string>;
  /** A temporary download URL of `fileId`, valid `maxAgeSeconds`. */
  tempUrl(fileId: string, maxAgeSeconds: number): Promise<string>;
  /** The stored bytes. */
  get(fileId: string): Promise<Buffer>;
  /** Deletes files (unknown ids are ignored). */
  remove(fileIds: string[]): Promise<void>;
}
