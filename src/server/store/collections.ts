/**
 * Every collection the system uses, with the fields it is queried by. The embedded store
 * creates these indexes; for CloudBase, the same list is the index set to create in the console
 * (see README). Add a collection here before using it.
 */
export interface CollectionSpec {
  /** Each inner array is one (compound) index, fields as dot paths. */
  indexes: string[][];
}

export const collections = {
  /** Small singleton documents, e.g. the publication revision that keys the overview cache. */
  meta: { indexes: [] },
  /** Published station content (station info, commitments, guides, notices). */
  content: { indexes: [['kind', 'order']] },
  /** Earlier versions of any published item, newest first per item. */
  contentHistory: { indexes: [['itemKey', 'version']] },
  /** Staff accounts and their public badge (挂牌上岗). */
  staff: { indexes: [['openid'], ['active', 'order']] },
  /** Admin overrides of the working-day calendar. */
  calendarOverrides: { indexes: [['date']] },
  /** Resident profiles (demo-resident is seeded): birth date for home-visit eligibility. */
  residents: { indexes: [['openid']] },
  /** Append-only audit trail: who, when, what, from, to, why. */
  audit: { indexes: [['subject', 'at'], ['at']] },
  clocks: { indexes: [['nextCheckAt'], ['subject'], ['state', 'calendarVersion'], ['purpose', 'state'], ['purpose', 'startedAt'], ['stopReason', 'onTime', 'purpose', 'startedAt'], ['state', 'overdueAt', 'purpose', 'startedAt']] }, // deadline clocks (issue 3): due time stored, scheduled by nextCheckAt; issue 14: ['purpose', 'state'] selects open report clocks to re-date, the other three count kept promises by month from the index alone
  outbox: { indexes: [['state', 'nextAttemptAt']] }, // notifications to deliver; _id = dedupe key
  inbox: { indexes: [['recipient', 'dueAt']] }, // in-app inbox entries; _id = the outbox message's id
  subscribeConsents: { indexes: [['openid']] }, // one-time WeChat subscribe consents left, per openid and template
  jobRuns: { indexes: [['name', 'period']] }, // daily/monthly scheduler jobs done; _id = job:<name>:<period>
  tickets: { indexes: [['open', 'queueKey'], ['open', 'type', 'queueKey'], ['status', 'queueKey'], ['status', 'type', 'queueKey'], ['ownerOpenid', 'createdAt'], ['type', 'createdAt'], ['type', 'channel', 'status', 'createdAt'], ['closure.onTime', 'createdAt'], ['complaint.scope', 'createdAt'], ['createdAt']] }, // issue 5 (issue 14: report counts by type × channel × status, on time, scope, day): one per contact; inbox by queueKey (due time)
  accessLog: { indexes: [['subject', 'at'], ['staffId', 'at']] }, // issue 5: staff reads of personal data (complainants), who/when/what
  appointments: { indexes: [['openid', 'date'], ['date', 'start'], ['kind', 'status', 'createdAt'], ['kind', 'createdAt'], ['createdAt']] }, // issue 4 (issue 14: report counts and the day's register): office bookings and home-visit requests
  appointmentSlots: { indexes: [['date', 'start']] }, // issue 4: one counter per slot, _id = slot:<date>:<start> (booked, withdrawn)
  appointmentRequests: { indexes: [] }, // issue 4: idempotency, _id = <book|reschedule|homeVisit>:<openid>:<requestId>
  appointmentConfig: { indexes: [['kind', 'date']] }, // issue 4: settings (_id 'settings') and day closures (_id closure:<date>)
  staffAbsences: { indexes: [['date'], ['staffId', 'date']] }, // issue 4: 外出办案 registered in advance (rule 五(一)); issue 12: by person for the profile
  ratingRequests: { indexes: [['ownerOpenid', 'state', 'completedAt'], ['remindAt'], ['sampleMonth', '_id'], ['month', '_id']] }, // issue 6: one per completed ticket/appointment, _id rr:<type>:<id>
  ratings: { indexes: [['openid', 'at']] }, // issue 6: one per item, immutable (follow-up comments appended), _id rating:<type>:<id>
  callbackTasks: { indexes: [['status', 'dueAt'], ['status', 'doneAt'], ['month', 'status', '_id']] }, // issue 6: 回访 owed per item, _id cb:<type>:<id>
  ratingTallies: { indexes: [['month']] }, // issue 6: running counters per month × staff × type, _id tally:<month>:<staffId>:<typeKey>
  sampleDraws: { indexes: [] }, // issue 6: the monthly callback draw, _id sample:<YYYY-MM>, created once
  samplePool: { indexes: [] }, // issue 6: completed hotline/online tickets, empty docs _id <YYYY-MM>|<ticketId>: the draw reads ids by primary-key range
  ratingsConfig: { indexes: [] }, // issue 6: _id 'settings' { callbackRule } (default 5 working days)
  invitations: { indexes: [['createdAt']] }, // issue 12: one-time staff invitations, _id invite:<code>
  peopleRequests: { indexes: [] }, // issue 12: idempotency of invite, _id invite:<staffId>:<requestId>
  studyRecords: { indexes: [['staffId', 'year', 'date'], ['year', 'kind']] }, // issue 12: study hours (rule 十), _id study:<staffId>:<requestId>
  studyDays: { indexes: [] }, // issue 12: hours per person and day (≤ 12), _id studyDay:<staffId>:<date>
  studyTotals: { indexes: [['year']] }, // issue 12: per person and year counters, _id studyTotal:<year>:<staffId>
  studySessions: { indexes: [['year', 'date'], ['year', 'kind']] }, // issue 12: group sessions / central training with attendance
  studyPlans: { indexes: [] }, // issue 12: plan:<year>:<staffId> (个人学习计划), arrangements:<year> (工作站部署)
  studyEntries: { indexes: [['year', 'staffId', 'date']] }, // issue 12: notes, articles, checks, praise/criticism
  holidayNotices: { indexes: [['year']] }, // issue 9: the State Council notice per year as the admin entered it, _id = the year
  legalAidApplications: { indexes: [['open', 'queueKey'], ['status', 'queueKey'], ['open', 'greenChannel', 'queueKey'], ['status', 'greenChannel', 'queueKey'], ['workerStaffId', 'open', 'queueKey'], ['workerStaffId', 'status', 'queueKey'], ['ownerOpenid', 'receivedAt'], ['sameDayDate', 'receivedAt'], ['materialsDueAt'], ['receivedAt'], ['decision.grant', 'receivedAt'], ['status', 'receivedAt']] }, // issue 11 (issue 14: report counts by month, decision, status): 法律援助 applications; queue by queueKey (green first, then due time)
  legalAidDocuments: { indexes: [['applicationId', 'issuedAt']] }, // issue 11: archived .docx documents (受理回执, 补充材料通知, 决定书, 指派通知书), base64
  legalAidWorkers: { indexes: [] }, // issue 11: roster of lawyers and 基层法律服务工作者, load counted by assignments
  resultCalls: { indexes: [['staffId', 'status', 'dueAt']] }, // issue 9 §5: 「告知结果」 tasks for walk-in, phone and letter contacts, _id rc:<subject>:<occasion>
  fileUploads: { indexes: [['kind', 'referenced', 'uploadedAt']] }, // issue 10: letter/material photos uploaded through the gateway (_id = fileId, kind 'upload') and per-staff daily counters (quota:<staffId>:<day>)
  archiveVolumes: { indexes: [['period'], ['status', 'period'], ['category', 'period'], ['category', 'status', 'period']] }, // issue 15: volumes (卷), monthly consultation volume _id vol:consultation:<YYYY-MM>
  archiveItems: { indexes: [['volumeId', 'position']] }, // issue 15: items (件) of a volume, _id <volumeId>:<position>, no personal data (that stays on the matter)
  archiveCounters: { indexes: [] }, // issue 15: next 件号 per code prefix, _id counter:<全宗号-门类·年度-期限-问题>
  archiveLookups: { indexes: [['at'], ['volumeId', 'at']] }, // issue 15: 查阅登记 register (rule 九(八)): who, when, what, why
  archiveDestructions: { indexes: [['destroyedAt']] }, // issue 15: 销毁清册 (rule 九(九)), outlives the data it names
  archiveConfig: { indexes: [] }, // issue 15: _id 'settings' { fonds, retention, letterFiling }, changes audited
  archiveCaseFiles: { indexes: [] }, // issue 15: the 档号 given once to a closed legal-aid case's file (rule 九(四)), _id = the application's id
  units: { indexes: [['active', 'order']] }, // issue 13: 对口单位和职能部门 (kind window/external), _id unit:<slug>; sample ones marked
  referrals: { indexes: [['open', 'createdAt'], ['ticketId', 'createdAt'], ['createdAt'], ['applicationId', 'createdAt']] }, // issue 13: 分流交办, _id rf_<hash of maker and requestId>; applicationId: referred from a legal-aid application
  referralLinks: { indexes: [['unitId', 'open', 'createdAt'], ['unitId', 'createdAt']] }, // issue 13: a liaison's way in, _id <unitId>|<referralId>
  reportFiles: { indexes: [['expiresAt']] }, // issue 14: generated reports for their maker only (base64), expire after 30 min, _id rpt_<hex>
  reportSubmissions: { indexes: [['kind', 'period']] }, // issue 14: 报送 of the monthly/quarterly report, _id sub:<kind>:<period>
  reportSubmissionFiles: { indexes: [] }, // issue 14: the file each report was submitted with (base64), _id sub:<kind>:<period>, kept
  reportNotes: { indexes: [] }, // issue 14: the director's analysis text and 整改 items per quarter, _id notes:<YYYY-Qn>
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
