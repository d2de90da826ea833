import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { archives } from '../../src/server/functions/archives';

export const main = cloudbaseMain(archives);
