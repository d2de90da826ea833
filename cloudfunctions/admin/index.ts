import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { admin } from '../../src/server/functions/admin';

export const main = cloudbaseMain(admin);
