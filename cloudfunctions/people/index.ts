import { cloudbaseMain, sdkPlatform } from '../../src/server/runtime/cloudbase';
import { wxMiniProgramCode } from '../../src/server/runtime/wx-cloud';
import { people } from '../../src/server/functions/people';

// Invitation codes as WeChat 小程序码 (cloud.openapi.wxacode.getUnlimited, permission in config.json).
export const main = cloudbaseMain(people, sdkPlatform({ miniProgramCode: wxMiniProgramCode }));
