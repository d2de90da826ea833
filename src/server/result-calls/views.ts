import type { Actor } from '../ports/identity';
import { contactFor } from '../core/matter-access';
import type { ResultCallView } from '../../shared/result-calls';
import type { ResultCallDoc } from './docs';

/**
 * A task as the caller sees it: the contact as the one access rule lets them (whole for the handler).
 * @example resultCallView(doc, actor, now).contact // { name: '王某', phone: '0791-83280002' }
 */
export function resultCallView(doc: ResultCallDoc, actor: Actor, now: number): ResultCallView {
  return {
    id: doc._id, occasion: doc.occasion, title: doc.title, tell: doc.tell, contact: contactFor(actor, doc.parties, doc.contact),
    subject: doc.subject, status: doc.status, dueAt: doc.dueAt, overdue: doc.status === 'open' && doc.dueAt !== null && doc.dueAt <= now,
    attempts: doc.attempts, doneAt: doc.doneAt, createdAt: doc.createdAt,
  };
}
