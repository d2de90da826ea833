/** The in-app inbox: every notification lands here, whatever happens to the WeChat message. */
export { listInbox, byDueTime, newestFirst, type InboxItem } from './list';
export { markRead } from './mark-read';
export { recordConsent } from './record-consent';
export { inboxKeysOf } from './keys';
export { inboxEntryOf, ensureInboxEntry } from './write';
export type { InboxDoc } from './types';
