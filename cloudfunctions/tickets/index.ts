import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { tickets } from '../../src/server/functions/tickets';

export const main = cloudbaseMain(tickets);
