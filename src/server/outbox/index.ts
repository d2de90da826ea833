/** The outbox: notifications written with the change they are about, delivered later. */
export { enqueue } from './enqueue';
export { createOnce } from './create-once';
export { dispatchOutbox, DISPATCH_LIMIT, type DispatchDeps, type DispatchSummary } from './dispatch';
export { addConsent, takeConsent, returnConsent, clearConsent, consentId, type ConsentDoc } from './consents';
export { BACKOFF_MINUTES, MAX_ATTEMPTS, SENDING_LEASE_MS, retryAt } from './backoff';
export { outboxTransitions, nextOutboxState } from './states';
export { recipientKey, type Notification, type OutboxDoc, type OutboxState, type Recipient } from './types';
