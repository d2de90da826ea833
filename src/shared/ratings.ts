/**
 * THE CONTRACT of issue 6 (服务评价与回访, rule 十二), shared by the mini-program pages and the
 * `ratings` cloud function. Names here are stable.
 *
 * Every call is `{ action, ...payload }` → `{ ok: true, data } | { ok: false, error: { code,
 * message (Chinese, show as is), field? } }`. A refused or invalid call writes nothing. Every
 * action may also answer VALIDATION (bad/unknown field; `field` names it), UNAUTHENTICATED
 * (anonymous) or FORBIDDEN (role missing). Instants are epoch ms; months 'YYYY-MM' (Beijing).
 *
 * A "subject" is the completed item a rating is about: `{ type: 'ticket' | 'appointment' | 'legalAid', id }`.
 * An item is *completed* when a ticket is closed (`tickets.close`, or `tickets.register` with
 * `answeredOnSpot`) or an appointment's outcome is recorded (`appointments.recordOutcome`). At that moment a rating request is stored, and a
 * resident who did it in the mini-program is asked at once (inbox + WeChat, link
 * {@link ratingLink}); not rated within {@link REMIND_AFTER_MS} (3 days) → ONE reminder; after
 * that it stays unrated (never defaulted to 满意).
 *
 * ## Residents (access `person`; own items only — another person's item answers NOT_FOUND,
 * exactly as a missing one)
 * - `pending` {} → `{ items: RatingRequestView[] }` my completed items awaiting a rating, newest
 *   first (at most 100).
 * - `forSubject` { subject } → `{ request: RatingRequestView, rating: RatingView | null }` for the
 *   rating page (`?subject=ticket:tk_1`, see {@link parseSubjectParam}).
 * - `rate` { subject, level, aspects?, comment? (≤ 500), requestId (8–64 chars) } →
 *   {@link RateResult}. Once only: a second rating answers CONFLICT
 *   「这项服务已经评价过了，评价不能修改，您可以追加评论」 (the same `requestId` again answers the
 *   first rating and writes nothing). Source 'miniProgram'. 基本满意/不满意 → a callback task.
 * - `addComment` { ratingId, text (≤ 500) } → `{ rating: RatingView }`: a follow-up comment,
 *   appended (at most {@link MAX_FOLLOW_UPS}); the rating itself never changes.
 * - `mine` {} → `{ items: RatingView[] }` my ratings, newest first (at most 100).
 *
 * ## Staff (access `staff`)
 * - `recordRating` { subject, level, aspects?, comment?, source: 'windowDevice' | 'phone' } →
 *   {@link RateResult}: a rating given on the window's rating device or by phone (rule
 *   十二(二)(三)), marked with its source and who recorded it, and `selfRecorded` (本人登记) when
 *   the recorder handled the service — counted apart in the table. NOT_FOUND when the item is not
 *   completed; FORBIDDEN when a resident can rate it in the mini-program (「这件事的当事人可以在
 *   小程序里自己评价，工作人员不能代为评价」) or the recorder is the person a complaint is about;
 *   CONFLICT when already rated.
 * - `callbacks` { status?: 'open' | 'done' (default 'open'), reason?: CallbackReason, limit?
 *   (≤ 100, default 30), after?: cursor } → `{ items: CallbackTaskView[], next: string | null,
 *   serverNow }`. Open tasks by due time, soonest (so overdue) first; done tasks newest first.
 *   Only tasks the one access rule (src/domain/access/matter.ts) lets the caller call back: a
 *   complaint's callback is for its handlers and the directors / admins, never for the person
 *   it is about.
 * - `callback` { taskId } → `{ task: CallbackTaskView, contact: { name?, phone? } }` one task with
 *   the person's contact for calling (the read is written to the access log); FORBIDDEN to
 *   those `callbacks` would not list it. `recordCallback` likewise.
 * - `recordCallback` { taskId, method, reached, progress?, staffView?, opinions?, satisfiedNow?,
 *   note? } → `{ task: CallbackTaskView }`. `reached: true` needs progress, staffView and
 *   satisfiedNow (VALIDATION names the missing field): the task is done, its clock stops.
 *   `reached: false`: the attempt (who, when, method, note) is recorded, the task stays open and
 *   its clock keeps running (retry; never silently closed). CONFLICT when already done.
 *
 * ## Directors and admins (access `staff`, then the director or admin role is checked: FORBIDDEN for other staff)
 * - `table` { month } → {@link RatingsTable} (rule 十二(八)): per staff member and per type; a
 *   missing callback of a complaint about the reader shows no resident name.
 * - `tableCsv` { month } → `{ filename, csv }` the same table, UTF-8 with BOM (Excel).
 * - `sampleDraw` { month } → {@link SampleDrawView} the stored draw of month `month`'s
 *   completions (made on the first working day of the next month); NOT_FOUND before it is made.
 * - `callbackSettings` {} → {@link CallbackSettingsView} the callback deadline (回访期限) in force.
 * - `updateCallbackSettings` { workingDays (1–15), why? (≤ 200) } → {@link CallbackSettingsView}
 *   (access `admin`: FORBIDDEN for directors and other staff, nothing written). Stored in the
 *   `ratingsConfig` 'settings' document and audited in the same transaction (action
 *   'ratings.callbackRule', from → to, why). Applies to callback tasks opened AFTER the change;
 *   tasks already open keep their deadline. The value it already has writes nothing.
 *
 * ## Callbacks (rule 十二(四)(五))
 * A task is created at once for every 基本满意/不满意 rating (reason 'rating') and every major
 * case (a complaint marked major, when it is closed — reason 'major'): mandatory, 100 %. Monthly,
 * on the first working day, ≥ 5 % of last month's completed hotline/online tickets (channel
 * 'phone' | 'online'; rounded up, at least one when any) are drawn (reason 'sample'). One task
 * per item: a second reason is added to the same task. Each task runs a deadline clock
 * ({@link CALLBACK_RULE}: 5 working days, configurable) that the scheduler warns on and
 * escalates to the directors when overdue. Staff pages: {@link callbackLink}.
 */

/** Rule 十二: the three levels of the rating device. */
export type RatingLevel = 'satisfied' | 'basic' | 'unsatisfied';
export const RATING_LEVELS: Record<RatingLevel, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
};

/** What the rating was about (optional, several allowed). */
export type RatingAspect = 'speed' | 'attitude' | 'result';
export const RATING_ASPECTS: Record<RatingAspect, string> = {
  speed: '办理速度',
  attitude: '服务态度',
  result: '办理结果',
};

/** Where a rating came from. */
export type RatingSource = 'miniProgram' | 'windowDevice' | 'phone';
export const RATING_SOURCES: Record<RatingSource, string> = {
  miniProgram: '小程序',
  windowDevice: '窗口评价器',
  phone: '电话',
};

/** Rule 十二(六): how a callback is made. */
export type CallbackMethod = 'visit' | 'interview' | 'phone' | 'forum';
export const CALLBACK_METHODS: Record<CallbackMethod, string> = {
  visit: '上门走访',
  interview: '当面约谈',
  phone: '电话征询',
  forum: '座谈会',
};

/** Why a callback is owed: 'rating' and 'major' are mandatory (100 %), 'sample' the monthly draw. */
export type CallbackReason = 'rating' | 'major' | 'sample';
export const CALLBACK_REASONS: Record<CallbackReason, string> = {
  rating: '基本满意/不满意回访',
  major: '重大案件回访',
  sample: '每月抽访',
};

export type CallbackStatus = 'open' | 'done';
export const CALLBACK_STATUSES: Record<CallbackStatus, string> = { open: '待回访', done: '已回访' };

/** The item a rating or callback is about. */
export type SubjectType = 'ticket' | 'appointment' | 'legalAid'; // issue 11: a closed legal-aid case is rated too
export interface RatingSubject {
  type: SubjectType;
  id: string;
}

/** The default callback deadline (configurable in the `ratingsConfig` 'settings' document). */
export const CALLBACK_RULE = { kind: 'workingDays', days: 5 } as const;
/** Monthly sample rate (rule 十二(五): not below 5 %). */
export const SAMPLE_RATE = 0.05;
/** A completed item not rated after this long gets one reminder (3 days). */
export const REMIND_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
export const MAX_FOLLOW_UPS = 5;

/** Purposes (template keys) of the rating notifications: the request at completion and the one reminder. */
export const RATING_PURPOSES = { request: 'ratingRequest', reminder: 'ratingReminder' } as const;

/** A staff member as shown. */
export interface StaffLabel {
  staffId: string;
  name: string;
}

/** A completed item waiting for (or having) its rating. */
export interface RatingRequestView {
  subject: RatingSubject;
  /** 'ticket:tk_1' — the page parameter. */
  subjectKey: string;
  /** e.g. 「法律咨询」「预约·人民调解」. */
  title: string;
  /** Type key of the table, see {@link RatingsTableRow.typeKey}. */
  typeKey: string;
  completedAt: number;
  /** Who handled it (names are public: 挂牌上岗). */
  staff: StaffLabel | null;
  rated: boolean;
  remindedAt: number | null;
}

export interface FollowUpComment {
  text: string;
  at: number;
}

export interface RatingView {
  id: string;
  subject: RatingSubject;
  subjectKey: string;
  title: string;
  level: RatingLevel;
  aspects: RatingAspect[];
  comment: string | null;
  source: RatingSource;
  /** Staff who recorded it (window device / phone), null when the resident rated. */
  recordedBy: StaffLabel | null;
  /** 本人登记: recorded by a staff member who handled the service themselves. */
  selfRecorded: boolean;
  at: number;
  followUps: FollowUpComment[];
  /** true when this rating opened a callback (基本满意/不满意). */
  callbackOwed: boolean;
}

export interface RateResult {
  rating: RatingView;
  /** The callback task the rating opened (or joined), null for 满意. */
  callbackTaskId: string | null;
}

/** Rule 十二(七): what a reached callback records. */
export interface CallbackRecord {
  method: CallbackMethod;
  by: StaffLabel;
  at: number;
  /** 业务办理的进度及结果 (what the person says about it). */
  progress: string;
  /** 对工作人员的评价. */
  staffView: string;
  /** 意见和建议 (may be empty). */
  opinions: string | null;
  /** 现在是否满意. */
  satisfiedNow: boolean;
  note: string | null;
}

/** A try that did not reach the person (retried; never silently closed). */
export interface CallbackAttempt {
  at: number;
  by: StaffLabel;
  method: CallbackMethod;
  note: string | null;
}

export interface CallbackTaskView {
  id: string;
  subject: RatingSubject;
  subjectKey: string;
  title: string;
  typeKey: string;
  /** Month of the item's completion, the table it counts in. */
  month: string;
  reasons: CallbackReason[];
  /** Any reason other than 'sample'. */
  mandatory: boolean;
  status: CallbackStatus;
  /** Who handled the item (the callback asks about them). */
  staff: StaffLabel | null;
  /** The rating that opened it, when one did. */
  rating: { level: RatingLevel; comment: string | null; source: RatingSource } | null;
  createdAt: number;
  /** Deadline from the clock (null only while a clock is paused). */
  dueAt: number | null;
  /** Open past due, or done after due. */
  overdue: boolean;
  attempts: CallbackAttempt[];
  record: CallbackRecord | null;
  doneAt: number | null;
}

/** One row of the monthly table: one staff member × one type. */
export interface RatingsTableRow {
  staffId: string;
  staffName: string;
  /** TicketType for tickets (e.g. 'consultation'), `appointment.<service>` for appointments. */
  typeKey: string;
  typeLabel: string;
  completed: number;
  /** Ratings given by the people served (or recorded for them by staff who did not serve them). */
  ratings: Record<RatingLevel, number>;
  /** 本人登记: ratings staff recorded for a service they handled themselves, counted apart (issue 9 §2). */
  selfRecorded: Record<RatingLevel, number>;
  unrated: number;
  bySource: Record<RatingSource, number>;
  callbacks: { due: number; done: number; overdue: number };
  mandatory: { due: number; done: number; rate: number | null };
  sample: { eligible: number; drawn: number; done: number; rate: number | null };
}

export interface MissingCallback {
  taskId: string;
  subjectKey: string;
  title: string;
  /** When the item was completed (tells two rows of the same type apart). */
  completedAt: number;
  /** The resident's name masked (「陈**」), null when the item has none. */
  residentName: string | null;
  staffName: string;
  reasons: CallbackReason[];
  dueAt: number | null;
  overdue: boolean;
}

export interface RatingsTable {
  month: string;
  generatedAt: number;
  rows: RatingsTableRow[];
  /** Sums over all rows (staffId 'all', typeKey 'all'). */
  totals: RatingsTableRow;
  /** Rule 十二(四): must be 100 %; otherwise `missing` lists what is not done (at most 200). */
  mandatory: { due: number; done: number; rate: number | null; complete: boolean; missing: MissingCallback[]; missingCount: number };
  /** Rule 十二(五): the month's draw, null before it is made. */
  sample: { drawn: number; populationSize: number; rate: number | null; done: number } | null;
}

export interface SampleDrawView {
  month: string;
  /** The seed of the PRNG (mulberry32), stored so the draw can be checked. */
  seed: number;
  /** Hotline/online tickets completed in the month, ordered by id: the population. */
  populationSize: number;
  rate: number;
  /** Chosen ticket ids in draw order. */
  chosenIds: string[];
  drawnAt: number;
  /** Callback tasks created so far (the job creates them in batches). */
  tasksCreated: number;
}

/** The callback deadline setting (回访期限): default {@link CALLBACK_RULE}, changed by an admin. */
export interface CallbackSettingsView {
  /** Working days from the task's creation; null when a rule of another kind is stored. */
  workingDays: number | null;
  defaultWorkingDays: number;
  /** true while nobody has changed it. */
  isDefault: boolean;
  updatedAt: number | null;
  updatedBy: StaffLabel | null;
}

/** Resident page for rating one item. @example ratingLink({ type: 'ticket', id: 'tk_1' }) // '/packages/resident/pages/rate/index?subject=ticket%3Atk_1' */
export function ratingLink(subject: RatingSubject): string {
  return `/packages/resident/pages/rate/index?subject=${encodeURIComponent(`${subject.type}:${subject.id}`)}`;
}

/** Staff page of one callback task. @example callbackLink('cb:ticket:tk_1') // '/packages/staff/pages/callbacks/detail/index?id=cb%3Aticket%3Atk_1' */
export function callbackLink(taskId: string): string {
  return `/packages/staff/pages/callbacks/detail/index?id=${encodeURIComponent(taskId)}`;
}

/**
 * Reads a `?subject=` page parameter; null when malformed.
 * @example parseSubjectParam('ticket:tk_1') // { type: 'ticket', id: 'tk_1' }
 */
export function parseSubjectParam(value: string): RatingSubject | null {
  const m = /^(ticket|appointment|legalAid):(.{1,100})$/.exec(value);
  return m ? { type: m[1] as SubjectType, id: m[2] } : null;
}
