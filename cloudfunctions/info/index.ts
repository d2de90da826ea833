import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { info } from '../../src/server/functions/info';

export const main = cloudbaseMain(info);
