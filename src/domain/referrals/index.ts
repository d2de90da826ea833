/** 分流交办 (rule 七): pure rules of referrals. */
export * from './status';
export * from './rules';
export * from './window';
