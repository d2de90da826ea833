import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { resultCalls } from '../../src/server/functions/result-calls';

export const main = cloudbaseMain(resultCalls);
