import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { inbox } from '../../src/server/functions/inbox';

export const main = cloudbaseMain(inbox);
