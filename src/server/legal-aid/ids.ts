import { createHash, randomUUID } from 'node:crypto';

/**
 * The id of the application a request creates: derived from who asked and their request id, so
 * the same request sent twice finds the first application.
 * @example legalAidIdFor('openid:o1', 'req-12345678') // 'la_' + 24 hex characters, always the same
 */
export function legalAidIdFor(who: string, requestId: string): string {
  return `la_${createHash('sha256').update(`legalAid|${who}|${requestId}`).digest('hex').slice(0, 24)}`;
}

/** The subject key in clocks, audit events, the access log. @example legalAidSubject('la_1') // 'legalAid:la_1' */
export function legalAidSubject(id: string): string {
  return `legalAid:${id}`;
}

/** A fresh worker id. @example newWorkerId() // 'law_…' */
export function newWorkerId(): string {
  return `law_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
