import { createWxCloudSender, type WxOpenApi } from '../notify/wx-cloud-sender';
import type { SubscribeSender } from '../ports/sender';
import type { MiniProgramCode } from '../ports/mini-program-code';
import { createWxacode, type WxacodeCloud } from '../people/wxacode';

/**
 * The subscribe-message sender of a deployed function: wx-server-sdk initialised for the
 * environment the function runs in. Only the scheduler function uses it (it alone declares
 * `subscribeMessage.send` in its config.json), so only its bundle carries wx-server-sdk.
 *
 * @example
 * export const main = cloudbaseMain(scheduler, sdkPlatform({ sender: wxCloudSender }));
 */
export function wxCloudSender(): SubscribeSender {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as { init(config: { env: unknown }): void; DYNAMIC_CURRENT_ENV: symbol; openapi: WxOpenApi };
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return createWxCloudSender(cloud.openapi);
}

/**
 * The invitation-code image of a deployed function: WeChat's 小程序码 through wx-server-sdk
 * (`cloud.openapi.wxacode.getUnlimited`, declared in the people function's config.json), stored
 * with `cloud.uploadFile`. Only the people function uses it.
 *
 * @example
 * export const main = cloudbaseMain(people, sdkPlatform({ miniProgramCode: wxMiniProgramCode }));
 */
export function wxMiniProgramCode(): MiniProgramCode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as WxacodeCloud & { init(config: { env: unknown }): void; DYNAMIC_CURRENT_ENV: symbol };
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return createWxacode({ openapi: cloud.openapi, uploadFile: (o) => cloud.uploadFile(o) });
}
