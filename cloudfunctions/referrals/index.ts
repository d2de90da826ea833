import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { referrals } from '../../src/server/functions/referrals';

export const main = cloudbaseMain(referrals);
