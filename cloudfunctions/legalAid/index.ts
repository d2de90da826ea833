import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { legalAid } from '../../src/server/functions/legal-aid';

export const main = cloudbaseMain(legalAid);
