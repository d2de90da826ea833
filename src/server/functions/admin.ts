import { z } from 'zod';
import { action, defineFunction } from '../core/define';
import { parseInput } from '../core/validation';
import type { ContentItem } from '../../shared/content';
import { CONTENT_KEY, kindOfKey, listItems } from '../content/items';
import { dataSchemaByKind } from '../content/schemas';
import { createItem, removeItem, updateItem } from '../content/publish';
import { listVersions } from '../content/history';
import { currentCalendar, removeOverride, setOverride, type CalendarChange } from '../content/calendar-overrides';
import { enterNotice, previewNotice, type NoticeEntry } from '../content/holiday-notices';
import { rescheduleDayOff } from '../appointments/day-off';
import { toBeijingDate } from '../../domain/beijing';
import { noticeDays } from '../../domain/calendar/notice-parser';
import { closedObject, text, ymd } from '../content/schema-kit';
import { requestId } from '../tickets/schemas';
import { auditActor } from '../content/audit';
import { loadCalendar, recomputeClocks } from '../deadlines';
import { clockFollowers } from '../scheduler/clock-followers';
import type { Ctx } from '../core/define';

const key = z.string().regex(CONTENT_KEY, '不是有效的内容编号').describe('内容编号');
const expectedVersion = z.number().int().min(1).describe('版本号');
const why = text('修改说明', 200).optional();
const anyData = z.record(z.unknown()).describe('内容');
const noticeInput = closedObject({
  year: z.number().int().min(2025).max(2099).describe('年份'),
  text: text('通知全文', 5000),
});

/**
 * Checks `data` against the schema of its kind; errors name the field as 'data.<field>'.
 *
 * @example
 * validData('badge', { name: '示例·张某', post: '窗口接待', duty: '…', scope: '…', complaintHow: '…' })
 */
export function validData(kind: ContentItem['kind'], data: unknown): ContentItem['data'] {
  return parseInput(closedObject({ data: dataSchemaByKind[kind].describe('内容') }), { data }).data;
}

/**
 * `admin`: the platform admin publishes content and manages the working-day calendar.
 * Every change is versioned and audited in the same transaction.
 *
 * @example
 * await invoke(admin, { action: 'updateContent', key: 'station', data, expectedVersion: 1 }, { openid: 'demo-admin' }, runtime)
 */
export const admin = defineFunction('admin', {
  listContent: action({
    access: 'admin',
    input: closedObject({}),
    run: async (ctx) => ({ items: await listItems(ctx.store) }),
  }),
  updateContent: action({
    access: 'admin',
    input: closedObject({ key, data: anyData, expectedVersion, why }),
    run: (ctx, input) => updateItem(ctx, { ...input, data: validData(kindOfKey(input.key), input.data) }),
  }),
  createContent: action({
    access: 'admin',
    input: closedObject({ kind: z.enum(['badge', 'notice']).describe('内容类型'), data: anyData, requestId: requestId.optional() }),
    run: (ctx, input) => createItem(ctx, { kind: input.kind, data: validData(input.kind, input.data), requestId: input.requestId }),
  }),
  removeContent: action({
    access: 'admin',
    input: closedObject({ key, expectedVersion, why }),
    run: (ctx, input) => removeItem(ctx, input),
  }),
  contentHistory: action({
    access: 'admin',
    input: closedObject({ key }),
    run: async (ctx, input) => ({ versions: await listVersions(ctx.store, input.key) }),
  }),
  listCalendar: action({
    access: 'admin',
    input: closedObject({}),
    run: (ctx) => currentCalendar(ctx.store),
  }),
  setCalendarOverride: action({
    access: 'admin',
    input: closedObject({ date: ymd('日期'), working: z.boolean().describe('是否办公'), note: text('说明', 100) }),
    run: async (ctx, input) => withRecomputedClocks(ctx, await setOverride(ctx, input)),
  }),
  removeCalendarOverride: action({
    access: 'admin',
    input: closedObject({ date: ymd('日期'), why }),
    run: async (ctx, input) => withRecomputedClocks(ctx, await removeOverride(ctx, input)),
  }),
  previewHolidayNotice: action({
    access: 'admin',
    input: noticeInput,
    run: (ctx, input) => previewNotice(ctx.store, input),
  }),
  enterHolidayNotice: action({
    access: 'admin',
    input: noticeInput,
    run: async (ctx, input) => afterNotice(ctx, await enterNotice(ctx, input)),
  }),
});

/**
 * After a notice is entered (issue 9 §4): running clocks are computed again on the official
 * year, and office bookings on its days off (from today on) move to 'needsReschedule' with a
 * message — the override paths. Run on a repeat too: both are idempotent, so a call that
 * crashed half-way is finished by the admin's second tap.
 */
async function afterNotice(ctx: Ctx, entry: NoticeEntry) {
  const clocks = await recomputeClocks(ctx.store, await loadCalendar(ctx.store), ctx.now, auditActor(ctx.actor), clockFollowers);
  const today = toBeijingDate(ctx.now);
  const needsReschedule: string[] = [];
  for (const day of noticeDays(entry.year, entry.lines).filter((d) => d.off && d.date >= today)) {
    needsReschedule.push(...(await rescheduleDayOff(ctx, day.date, day.name)));
  }
  return { ...entry, clocks, needsReschedule };
}

/**
 * A calendar change moves every running deadline computed under the old calendar: recompute
 * them now (each move audited as this admin's doing) and say how many moved. A day that became
 * a day off also moves its office bookings to 'needsReschedule' and tells their residents.
 */
async function withRecomputedClocks<R extends CalendarChange>(ctx: Ctx, result: R) {
  if (!result.changed) return { ...result, clocks: { examined: 0, moved: 0, failed: 0 }, needsReschedule: [] as string[] };
  const clocks = await recomputeClocks(ctx.store, await loadCalendar(ctx.store), ctx.now, auditActor(ctx.actor), clockFollowers);
  const needsReschedule = await rescheduleDayOff(ctx, result.date, result.to?.note ?? result.from?.note ?? '');
  return { ...result, clocks, needsReschedule };
}
