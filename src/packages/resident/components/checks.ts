import { phoneProblem } from '../../../domain/phone';
import { required, type FieldProblem } from '../../../components/form/field-errors';

/** The longest text a resident may send (the server's limit, src/server/tickets/schemas.ts). */
export const CONTENT_MAX = 2000;

/** What a resident's ticket form holds while it is typed. */
export interface TicketDraft {
  content: string;
  name: string;
  phone: string;
  scope?: string;
}

const tooLong = (field: string, label: string, v: string): FieldProblem[] =>
  Array.from(v.trim()).length > CONTENT_MAX ? [{ field, message: `「${label}」太长了，请不超过 ${CONTENT_MAX} 字` }] : [];

const phoneOf = (label: string, v: string, needed: boolean): FieldProblem[] => {
  const message = phoneProblem(label, v, { required: needed });
  return message ? [{ field: 'phone', message }] : [];
};

/**
 * Every problem of the complaint form at once, in the order of the page, with the labels the
 * resident sees (rule 八(五)1: content, scope, name and phone are recorded).
 * @example complaintProblems({ content: '', name: '陈大爷', phone: '0791-8328' }, LABELS).map((p) => p.field) // ['content', 'complaint.scope', 'phone']
 */
export function complaintProblems(d: TicketDraft, labels: Record<string, string>): FieldProblem[] {
  return [
    ...required([['content', labels.content, d.content]]),
    ...tooLong('content', labels.content, d.content),
    ...(d.scope ? [] : [{ field: 'complaint.scope', message: `「${labels['complaint.scope']}」请选一项` }]),
    ...required([['name', labels.name, d.name]]),
    ...phoneOf(labels.phone, d.phone, true),
  ];
}

/**
 * Every problem of the question / suggestion / praise form at once (name and phone optional,
 * but a phone given must be one the station can call).
 * @example askProblems({ content: '', name: '', phone: '' }, LABELS) // [{ field: 'content', message: '「您想问什么？」不能为空' }]
 */
export function askProblems(d: TicketDraft, labels: Record<string, string>): FieldProblem[] {
  return [...required([['content', labels.content, d.content]]), ...tooLong('content', labels.content, d.content), ...phoneOf(labels.phone, d.phone, false)];
}
