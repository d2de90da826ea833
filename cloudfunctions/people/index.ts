import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { people } from '../../src/server/functions/people';

export const main = cloudbaseMain(people);
