export { callFunction } from './call';
export { loadOverview, readCachedOverview } from './overview';
export { getToken, setToken } from './session';
export { DEMO_ACCOUNTS, signInDemo, signOut } from './dev-sign-in';
export * from './types';
