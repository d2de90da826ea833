import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { reports } from '../../src/server/functions/reports';

export const main = cloudbaseMain(reports);
