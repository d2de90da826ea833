/**
 * The file store port: photos of letters attached to tickets (issue 5), and residents' photos of
 * their legal-aid materials (issue 11).
 *
 * - Embedded (`npm start`): {@link FileStore} implemented by `src/server/files/disk.ts`, files under
 *   `${DATA_DIR}/files/`, reached through the gateway (`POST /api/files`, `GET /api/files/<id>`).
 * - CloudBase: no server port. The mini-program uploads straight to cloud storage with
 *   `Taro.cloud.uploadFile` (cloudPath `letters/<YYYY-MM-DD>/<random>.jpg`) and passes the returned
 *   `cloud://…` fileID in `letterPhotoIds`; storage security rules limit who may read it, and
 *   `<Image src>` / `Taro.previewImage` accept the fileID directly. It then tells
 *   `tickets.photoUploaded` (src/server/files/cloud-photos.ts): counted against the day's limit,
 *   swept from cloud storage by the scheduler when nothing keeps it.
 */
export interface FileStore {
  /** Stores checked image bytes; throws AppError VALIDATION (type) or PAYLOAD_TOO_LARGE (size). */
  put(bytes: Buffer, meta: { contentType: string; uploadedBy: string }): Promise<{ fileId: string }>;
  /** The bytes and their type, or null for an unknown (or malformed) id. */
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** Deletes a photo (unknown ids are ignored): the daily sweep of photos nothing refers to. */
  remove(fileId: string): Promise<void>;
}

/** Image types a letter photo may have. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Largest photo accepted: 5 MB (a compressed phone photo is 0.2–3 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** An embedded file id: `f_` and 32 hex digits — never a path. */
export const FILE_ID = /^f_[0-9a-f]{32}$/;

/**
 * The image type a Content-Type header names (parameters and case ignored), or null.
 * @example imageTypeOf('image/JPEG; charset=binary') // 'image/jpeg'
 */
export function imageTypeOf(header: string | undefined): ImageType | null {
  const base = (header ?? '').split(';')[0].trim().toLowerCase();
  return (IMAGE_TYPES as readonly string[]).includes(base) ? (base as ImageType) : null;
}
