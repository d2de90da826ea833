/**
 * The invitation-code image port (issue 12): what the admin shows a new colleague to scan.
 *
 * - Embedded (`npm start`): {@link localQrCode} — a QR code of the mini-program path as text
 *   (a phone's camera reads it; WeChat does not open it as the mini-program), as a data: URL.
 * - CloudBase: `src/server/people/wxacode.ts` — a real 小程序码 from WeChat's
 *   `wxacode.getUnlimited` (scene = the code, page = the join page), stored in cloud storage;
 *   its `cloud://` fileID is what `<Image src>` shows.
 */
export interface MiniProgramCode {
  /** An image `src` for the code that opens `page` with `scene`, or null when none could be made now. */
  imageFor(request: { scene: string; page: string }): Promise<string | null>;
  /** True when the image is stored (keep its id on the invitation instead of asking again). */
  readonly stored: boolean;
}

/**
 * The embedded image: a QR code of `page?code=<scene>` as a PNG data: URL.
 * @example await localQrCode.imageFor({ scene: 'K7M2Q9TX', page: 'packages/people/pages/join/index' }) // 'data:image/png;base64,…'
 */
export const localQrCode: MiniProgramCode = {
  stored: false,
  async imageFor({ scene, page }) {
    return (await import('qrcode')).toDataURL(`${page}?code=${scene}`, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  },
};
