/**
 * The working-day calendar as published (issue 9 §4): the admin's overrides and the State
 * Council notices the admin entered, shared by the mini-program and the functions.
 */
import type { CalendarOverride } from './content';

/** One day a notice names: a day off (放假) or a weekend day worked (调休上班). */
export interface NoticeDay {
  /** Beijing 'YYYY-MM-DD'. */
  date: string;
  off: boolean;
  /** The holiday it belongs to: 元旦, 春节, 国庆节、中秋节 … */
  name: string;
}

/** A year's State Council holiday notice as entered by the admin: the whole year's arrangement. */
export interface HolidayNotice {
  year: number;
  days: NoticeDay[];
}

/** What the calendar is built from, as `info.overview` publishes it. */
export interface PublishedCalendar {
  overrides: CalendarOverride[];
  /** Entered notices (years past the bundled data); absent from older caches. */
  notices?: HolidayNotice[];
  version: string;
}

/** What the notice parser read from one line of the notice. */
export interface NoticeLine {
  /** The line as pasted, trimmed. */
  text: string;
  name: string;
  /** Inclusive range of days off. */
  off: [string, string];
  /** Weekend days worked (调休上班). */
  work: string[];
}

/** A day whose meaning the notice changes, for the admin to check before confirming. */
export interface NoticeChange {
  date: string;
  /** What the calendar says now. */
  before: { working: boolean; label: string };
  /** What it says once the notice is entered. */
  after: { working: boolean; label: string };
}

/** The answer of `admin.previewHolidayNotice`, and the part of `enterHolidayNotice`'s answer about the notice. */
export interface NoticePreview {
  year: number;
  lines: NoticeLine[];
  changes: NoticeChange[];
  /** Statutory days the notice does not give off (should be none; check the text). */
  warnings: string[];
  /** The year is already official with exactly these days. */
  alreadyEntered: boolean;
}

/**
 * The flag a resident reads beside every date of a year without its notice.
 * @example provisionalNote(2027) // '2027年节假日安排尚未公布，日期可能调整'
 */
export function provisionalNote(year: number): string {
  return `${year}年节假日安排尚未公布，日期可能调整`;
}
