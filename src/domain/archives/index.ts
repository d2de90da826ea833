export * from './code';
export * from './retention';
export * from './status';
export * from './month';
