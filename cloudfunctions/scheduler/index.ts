import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { scheduler } from '../../src/server/functions/scheduler';

export const main = cloudbaseMain(scheduler);
