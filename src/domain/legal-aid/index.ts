/** Pure rules of the legal-aid workflow (issue 11): status table, eligibility, clocks, queue, documents. */
export * from './status';
export * from './eligibility';
export * from './clocks';
export * from './queue';
export * from './documents';
export * from './materials';
