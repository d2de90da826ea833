import type { Actor } from '../ports/identity';
import { stepsFor } from '../../domain/archives';
import { contactFor } from '../core/matter-access';
import { partiesOf } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import { ARCHIVE_CATEGORIES, LETTER_PARTS, RETENTION_LABELS, VOLUME_STATUS_LABELS, type ArchiveItemView, type LetterPart, type VolumeView } from '../../shared/archives';
import { CHANNELS, TICKET_TYPES } from '../../shared/tickets';
import { toBeijingDate } from '../../domain/beijing';
import type { ItemDoc, VolumeDoc } from './types';
import { partiesOf as caseParties } from '../legal-aid/parties';
import type { LegalAidDoc } from '../legal-aid/types';

/** @example volumeView(doc, actor).statusLabel // '待审查' */
export function volumeView(v: VolumeDoc, actor: Actor): VolumeView {
  const roles = actor.kind === 'staff' ? actor.roles : [];
  const isHandler = actor.kind === 'staff' && actor.staffId === v.handlerId;
  const view: VolumeView = {
    id: v._id, archiveCode: v.archiveCode, category: v.category, categoryLabel: ARCHIVE_CATEGORIES[v.category], title: v.title,
    period: v.period, fonds: v.fonds, retention: v.retention, retentionLabel: RETENTION_LABELS[v.retention],
    retentionEndsOn: v.retentionEndsOn, itemCount: v.itemCount, handlerId: v.handlerId, status: v.status, statusLabel: VOLUME_STATUS_LABELS[v.status],
    history: v.history, steps: stepsFor(v.status, roles, isHandler),
  };
  if (v.appraisal) view.appraisal = v.appraisal;
  if (v.approval) view.approval = v.approval;
  if (v.returnedNote) view.returnedNote = v.returnedNote;
  return view;
}

/**
 * An item as this caller may read it: the matter's person only as the one access rule allows,
 * read as an archive item (`inArchive`: the archivist, keeper of the files, sees the name and
 * what happened, the phone masked); the person complained about never reaches the complainant;
 * a destroyed matter has none.
 *
 * @example itemView(actor, item, ticket).contact // { name: '陈大爷', phone: '13812345678' } for the director
 */
export function itemView(actor: Actor, item: ItemDoc, ticket: TicketDoc | null): ArchiveItemView {
  const view: ArchiveItemView = {
    id: item._id, itemNo: item.itemNo, archiveCode: item.archiveCode, subject: item.subject, title: item.title, date: item.date, contact: {},
  };
  if (!ticket) return view;
  const parties = { ...partiesOf(ticket), inArchive: true };
  view.contact = contactFor(actor, parties, ticket.contact ?? {});
  if (view.contact.name !== undefined || view.contact.phone !== undefined || !parties.restricted) {
    view.summary = ticket.content.slice(0, 200);
    if (item.volumeId.startsWith('vol:letters:')) view.parts = letterParts(ticket, view.contact.name);
  }
  return view;
}

/**
 * A case volume's item (the legal-aid case) as this caller may read it: the applicant's name and
 * phone only as the one access rule allows an archive item to show them, and the matter's summary;
 * a destroyed case has none.
 *
 * @example caseItemView(archivist, item, app).contact // { name: '陈大爷', phone: '138****5678' }
 */
export function caseItemView(actor: Actor, item: ItemDoc, app: LegalAidDoc | null): ArchiveItemView {
  const view: ArchiveItemView = {
    id: item._id, itemNo: item.itemNo, archiveCode: item.archiveCode, subject: item.subject, title: item.title, date: item.date, contact: {},
  };
  if (!app) return view;
  view.contact = contactFor(actor, { ...caseParties(app), inArchive: true }, { name: app.applicant.name, phone: app.applicant.phone });
  if (view.contact.name !== undefined) view.summary = app.matter.summary.slice(0, 200);
  return view;
}

const part = (kind: LetterPart['kind'], text: string, extra: Partial<LetterPart> = {}): LetterPart => ({ kind, label: LETTER_PARTS[kind], text, ...extra });

/**
 * A letter's file as rule 九(六) lists it, read from the stored ticket: 来信（函） (its words and
 * photos), 公文处理单 (the registration: when, how, what, who received and handled it),
 * 拟办回信（函）底稿 (the replies drafted while handling it), 回信（函）正稿 (the final answer).
 * A part the matter does not hold yet is `missing` — the reviewer returns the volume for it.
 * `name` is the writer's name as the one access rule lets this reader see it.
 *
 * @example letterParts(ticket, '陈大爷').map((p) => p.label) // ['来信（函）', '公文处理单', '拟办回信（函）底稿', '回信（函）正稿']
 */
export function letterParts(t: TicketDoc, name: string | undefined): LetterPart[] {
  const slip = [
    `收文日期：${toBeijingDate(t.createdAt)}`, `来信方式：${CHANNELS[t.channel]}`, `类别：${TICKET_TYPES[t.type]}`,
    `来信人：${name ?? '（不显示）'}`, `首问责任人：${t.firstResponder?.name ?? '—'}`, `经办人：${t.assignee?.name ?? '—'}`,
    ...t.timeline.filter((e) => e.kind === 'handedOn').map((e) => `拟办：${e.summary}`),
  ].join('\n');
  const drafts = t.timeline.filter((e) => e.kind === 'reply' && e.text).map((e) => `${toBeijingDate(e.at)}：${e.text}`);
  const final = t.closure
    ? [t.closure.result, ...(t.closure.outOfScope ? [`不属于本站业务：${t.closure.outOfScope.explanation}；请到：${t.closure.outOfScope.whereToGo}`] : [])].join('\n')
    : t.transferReply?.text ?? '';
  return [
    part('letter', t.content, { photoIds: [...t.letterPhotoIds] }),
    part('processingSlip', slip),
    drafts.length ? part('draft', drafts.join('\n')) : part('draft', '（没有拟办回信底稿）', { missing: true }),
    final ? part('reply', final) : part('reply', '（还没有办结，没有回信正稿）', { missing: true }),
  ];
}
