/** The purpose of the clock a home-visit request starts: staff answer within 1 working day. */
export const HOME_VISIT_CLOCK = 'homeVisit.answer';

/** The rule of that clock. */
export const HOME_VISIT_RULE = { kind: 'workingDays', days: 1 } as const;
