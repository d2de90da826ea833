import type { MiniProgramCode } from '../ports/mini-program-code';

/** The open API the people function must be allowed to call (its config.json `permissions.openapi`). */
export const WXACODE_API = 'wxacode.getUnlimited';

/** `wxacode.getUnlimited`'s options in wx-server-sdk's camelCase (it sends them snake_case). */
export interface GetUnlimitedOptions {
  scene: string;
  page: string;
  checkPath: boolean;
  envVersion: 'release' | 'trial' | 'develop';
  width: number;
}

/**
 * The parts of wx-server-sdk this port uses: the documented cloud call
 * `cloud.openapi.wxacode.getUnlimited` (answers `{ contentType, buffer }`) and `cloud.uploadFile`.
 */
export interface WxacodeCloud {
  openapi: { wxacode: { getUnlimited(options: GetUnlimitedOptions): Promise<unknown> } };
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
}

/**
 * The options for `cloud.openapi.wxacode.getUnlimited`. `checkPath: false` so a trial version
 * (the join page not yet released) still gets a code.
 * @example getUnlimitedOptions('K7M2Q9TX', 'packages/people/pages/join/index') // { scene: 'K7M2Q9TX', page: '…', checkPath: false, envVersion: 'release', width: 430 }
 */
export function getUnlimitedOptions(scene: string, page: string, envVersion: GetUnlimitedOptions['envVersion'] = 'release'): GetUnlimitedOptions {
  return { scene, page, checkPath: false, envVersion, width: 430 };
}

/** The PNG/JPEG bytes of WeChat's answer, or null when it answered none. */
function imageOf(res: unknown): { bytes: Buffer; ext: 'png' | 'jpg' } | null {
  const r = res as { contentType?: unknown; buffer?: unknown } | undefined;
  if (!r || !Buffer.isBuffer(r.buffer) || typeof r.contentType !== 'string' || !r.contentType.startsWith('image/')) return null;
  return { bytes: r.buffer, ext: r.contentType.includes('png') ? 'png' : 'jpg' };
}

/**
 * The CloudBase invitation code: asks WeChat for the 小程序码 of the join page with the
 * invitation code as `scene`, stores the image under `invitations/<scene>.<ext>` in cloud
 * storage and answers its `cloud://` fileID. A WeChat or storage failure answers null: the
 * invitation stands and the admin reads the code out or sends it (the join page takes it typed).
 *
 * @example
 * cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
 * await createWxacode(cloud).imageFor({ scene: 'K7M2Q9TX', page: JOIN_PAGE }) // 'cloud://env.xxx/invitations/K7M2Q9TX.png'
 */
export function createWxacode(cloud: WxacodeCloud, envVersion: GetUnlimitedOptions['envVersion'] = 'release'): MiniProgramCode {
  return {
    stored: true,
    async imageFor({ scene, page }) {
      let image: ReturnType<typeof imageOf>;
      try {
        image = imageOf(await cloud.openapi.wxacode.getUnlimited(getUnlimitedOptions(scene, page, envVersion)));
      } catch {
        image = null;
      }
      if (!image) return null;
      try {
        const { fileID } = await cloud.uploadFile({ cloudPath: `invitations/${scene}.${image.ext}`, fileContent: image.bytes });
        return typeof fileID === 'string' && fileID ? fileID : null;
      } catch {
        return null;
      }
    },
  };
}
