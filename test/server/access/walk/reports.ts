import type { WalkPayloads } from '../walk-types';

let seq = 0;
const rid = () => `walk-rp-${(++seq).toString().padStart(4, '0')}`;

/**
 * `reports`: the day's register and the month's callback table list the complaint about the
 * walker; the month's and quarter's files count it. None may carry the complainant to them.
 */
export const payloads: WalkPayloads = {
  dashboard: () => ({}),
  file: () => ({ id: 'rpt_0123456789abcdef0123456789abcdef' }),
  dailyRegister: (s) => ({ date: s.date }),
  dailyRegisterXlsx: (s) => ({ date: s.date }),
  monthly: (s) => ({ month: s.month }),
  monthlyXlsx: (s) => ({ month: s.month }),
  callbackTable: (s) => ({ month: s.month }),
  callbackRows: (s) => ({ month: s.month }),
  quarterlyReport: (s) => ({ quarter: `${s.month.slice(0, 4)}-Q${Math.floor((Number(s.month.slice(5, 7)) - 1) / 3) + 1}`, format: 'docx' }),
  quarterNotes: (s) => ({ quarter: `${s.month.slice(0, 4)}-Q${Math.floor((Number(s.month.slice(5, 7)) - 1) / 3) + 1}` }),
  saveQuarterNotes: (s) => ({ quarter: `${s.month.slice(0, 4)}-Q${Math.floor((Number(s.month.slice(5, 7)) - 1) / 3) + 1}`, analysis: '本季度情况平稳', items: [] }),
  submissions: (s) => ({ year: Number(s.month.slice(0, 4)) }),
  markSubmitted: () => ({ kind: 'monthly', period: '2026-10', fileName: '月度统计.xlsx', requestId: rid() }),
  dueSettings: () => ({}),
  updateDueSettings: () => ({ monthlyWorkingDays: 5, quarterlyWorkingDays: 10 }),
  submittedFile: () => ({ kind: 'monthly', period: '2026-10' }),
};
