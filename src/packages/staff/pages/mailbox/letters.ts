import { phoneProblem } from '../../../../domain/phone';
import { COMPLAINT_SCOPE_SHORT, type ComplaintScope, type MailboxLetter } from '../../../../shared/tickets';
import type { LetterPhoto } from '../../components/tickets/LetterPhotos';

/** One letter while it is typed. */
export interface LetterDraft {
  type: NonNullable<MailboxLetter['type']>;
  name: string;
  phone: string;
  content: string;
  scope: ComplaintScope | '';
  respondentName: string;
  /** Photos of the letter, already uploaded. */
  photos: LetterPhoto[];
}

export const EMPTY_LETTER: LetterDraft = { type: 'complaint', name: '', phone: '', content: '', scope: '', respondentName: '', photos: [] };

export const LETTER_TYPES: Record<LetterDraft['type'], string> = { complaint: '投诉', suggestion: '意见建议', praise: '表扬' };

/**
 * The letter to register, or what is missing in words (with the field to point at). Only the
 * parts given are sent; a complaint needs its scope (rule 八(四)), anything else carries none.
 * @example letterOf({ ...EMPTY_LETTER, content: '窗口态度差', scope: 'attitude' }) // { letter: { type: 'complaint', content: '窗口态度差', scope: 'attitude' } }
 */
export function letterOf(d: LetterDraft): { letter: MailboxLetter } | { missing: string; field: string } {
  const content = d.content.trim();
  if (!content) return { missing: '请填写信的内容', field: 'content' };
  if (d.type === 'complaint' && !d.scope) return { missing: '请选择投诉事项类别', field: 'scope' };
  const phone = phoneProblem('写信人电话', d.phone); // the one phone rule (issue 9 §6)
  if (phone) return { missing: phone, field: 'phone' };
  const letter: MailboxLetter = { type: d.type, content };
  if (d.name.trim()) letter.name = d.name.trim();
  if (d.phone.trim()) letter.phone = d.phone.trim();
  if (d.type === 'complaint') {
    letter.scope = d.scope as ComplaintScope;
    if (d.respondentName.trim()) letter.respondentName = d.respondentName.trim();
  }
  if (d.photos.length) letter.photoIds = d.photos.map((p) => p.fileId);
  return { letter };
}

/**
 * One line about a letter already added, for the list above the 登记 button.
 * @example letterLine({ type: 'complaint', content: '窗口态度差，说话不耐烦', scope: 'attitude' }, 0) // '第 1 封 · 投诉（态度恶劣）：窗口态度差，说话不耐烦'
 */
export function letterLine(l: MailboxLetter, i: number): string {
  const kind = LETTER_TYPES[l.type ?? 'complaint'] + (l.scope ? `（${COMPLAINT_SCOPE_SHORT[l.scope]}）` : '');
  const text = l.content.length > 30 ? `${l.content.slice(0, 30)}…` : l.content;
  const photos = l.photoIds?.length ? `（附照片 ${l.photoIds.length} 张）` : '';
  return `第 ${i + 1} 封 · ${kind}：${text}${photos}`;
}
