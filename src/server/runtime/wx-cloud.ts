import { createWxCloudSender, type WxOpenApi } from '../notify/wx-cloud-sender';
import type { SubscribeSender } from '../ports/sender';

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
