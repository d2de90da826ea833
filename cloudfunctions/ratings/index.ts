import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { ratings } from '../../src/server/functions/ratings';

export const main = cloudbaseMain(ratings);
