import { cloudbaseMain, sdkPlatform } from '../../src/server/runtime/cloudbase';
import { wxCloudSender } from '../../src/server/runtime/wx-cloud';
import { scheduler } from '../../src/server/functions/scheduler';

// The one function that sends subscribe messages (cloud.openapi, permission in config.json).
export const main = cloudbaseMain(scheduler, sdkPlatform({ sender: wxCloudSender }));
