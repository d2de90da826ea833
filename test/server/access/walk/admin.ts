import type { WalkPayloads } from '../walk-types';

/** `admin`: the platform admin's content and calendar (neither walker is the admin). */
export const payloads: WalkPayloads = {
  listContent: () => ({}),
  updateContent: () => ({ key: 'station', data: { name: '西山镇公共法律服务工作站' }, expectedVersion: 1 }),
  createContent: () => ({ kind: 'notice', data: { title: '通知', body: '正文' } }),
  removeContent: () => ({ key: 'notice:walk', expectedVersion: 1 }),
  contentHistory: () => ({ key: 'station' }),
  listCalendar: () => ({}),
  setCalendarOverride: () => ({ date: '2026-12-07', working: false, note: '停电' }),
  removeCalendarOverride: () => ({ date: '2026-12-07' }),
  previewHolidayNotice: () => ({ year: 2027, text: '一、元旦：1月1日放假。' }),
  enterHolidayNotice: () => ({ year: 2027, text: '一、元旦：1月1日放假。' }),
};
