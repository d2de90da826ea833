import { cloudbaseMain } from '../../src/server/runtime/cloudbase';
import { appointments } from '../../src/server/functions/appointments';

export const main = cloudbaseMain(appointments);
