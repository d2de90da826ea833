import type { DailyJob } from '../scheduler/daily-jobs';
import { toBeijingDate } from '../../domain/beijing';
import { lapseOverdueMaterials } from './intake';

/**
 * 法律援助法 第43条: materials not supplied by the end of the day given count as withdrawal,
 * told in writing. A sweep at every tick by the `materialsDueAt` index — nothing due costs one
 * empty query; each lapse is once by its status change.
 */
export const legalAidLapseJob: DailyJob = {
  name: 'legalAidMaterialsLapse',
  title: '法律援助逾期未补充材料',
  sweep: true,
  slotAt: (now) => ({ period: toBeijingDate(now), dueAt: now }),
  body: () => '逾期未补充材料的法律援助申请已按撤回处理并书面告知。',
  run: ({ store, now }) => lapseOverdueMaterials(store, now),
};
