import { callFunction } from '../../api/call';
import type { ApiResult } from '../../api/types';
import type { CalendarOverride, ContentItem, ContentKind } from '../../shared/content';
import type { HolidayNotice, NoticePreview } from '../../shared/calendar';

/** Accepts a list either bare or wrapped in `{ [field]: [...] }`. */
function listOf<T>(data: unknown, field: string): T[] {
  if (Array.isArray(data)) return data as T[];
  const inner = (data as Record<string, unknown> | null)?.[field];
  return Array.isArray(inner) ? (inner as T[]) : [];
}

function mapOk<A, B>(res: ApiResult<A>, f: (a: A) => B): ApiResult<B> {
  return res.ok ? { ok: true, data: f(res.data) } : res;
}

const admin = <T>(action: string, payload: Record<string, unknown> = {}) => callFunction<T>('admin', { action, ...payload });

/** All published items, drafts of the admin's editor. @example await listContent() */
export async function listContent(): Promise<ApiResult<ContentItem[]>> {
  return mapOk(await admin<unknown>('listContent'), (d) => listOf<ContentItem>(d, 'items'));
}

/** Saves a new version; fails with CONFLICT when someone saved in between. */
export function updateContent(key: string, data: unknown, expectedVersion: number) {
  return admin<ContentItem>('updateContent', { key, data, expectedVersion });
}

/** Adds a badge or a notice; the same `requestId` again (a double tap) answers the item already made. */
export function createContent(kind: Extract<ContentKind, 'badge' | 'notice'>, data: unknown, requestId?: string) {
  return admin<ContentItem>('createContent', { kind, data, ...(requestId ? { requestId } : {}) });
}

/** Removes a badge or a notice (its history is kept by the server). */
export function removeContent(key: string, expectedVersion: number) {
  return admin<unknown>('removeContent', { key, expectedVersion });
}

/** Earlier versions of one item, newest first as the server sends them. */
export async function contentHistory(key: string): Promise<ApiResult<ContentItem[]>> {
  return mapOk(await admin<unknown>('contentHistory', { key }), (d) => listOf<ContentItem>(d, 'versions'));
}

/** The admin's calendar overrides. */
export async function listCalendar(): Promise<ApiResult<CalendarOverride[]>> {
  return mapOk(await admin<unknown>('listCalendar'), (d) => listOf<CalendarOverride>(d, 'overrides'));
}

/** Declares a day a working day or a day off, with a note residents see. */
export function setCalendarOverride(date: string, working: boolean, note: string) {
  return admin<unknown>('setCalendarOverride', { date, working, note });
}

/** Returns a day to the official calendar. */
export function removeCalendarOverride(date: string) {
  return admin<unknown>('removeCalendarOverride', { date });
}

/** The years whose State Council notice the admin entered. */
export async function listNotices(): Promise<ApiResult<HolidayNotice[]>> {
  return mapOk(await admin<unknown>('listCalendar'), (d) => listOf<HolidayNotice>(d, 'notices'));
}

/** Reads a pasted notice and answers what it would change; writes nothing. */
export function previewHolidayNotice(year: number, text: string) {
  return admin<NoticePreview>('previewHolidayNotice', { year, text });
}

/** What entering a notice did. */
export type NoticeEntered = NoticePreview & { changed: boolean; clocks: { moved: number }; needsReschedule: string[] };

/** Enters the notice: the year becomes official; clocks and bookings follow. The same notice again changes nothing. */
export function enterHolidayNotice(year: number, text: string) {
  return admin<NoticeEntered>('enterHolidayNotice', { year, text });
}
