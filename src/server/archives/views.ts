import type { Actor } from '../ports/identity';
import { stepsFor } from '../../domain/archives';
import { contactFor } from '../core/matter-access';
import { partiesOf } from '../tickets/caller';
import type { TicketDoc } from '../tickets/types';
import { ARCHIVE_CATEGORIES, RETENTION_LABELS, VOLUME_STATUS_LABELS, type ArchiveItemView, type VolumeView } from '../../shared/archives';
import type { ItemDoc, VolumeDoc } from './types';

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
  if (view.contact.name !== undefined || view.contact.phone !== undefined || !parties.restricted) view.summary = ticket.content.slice(0, 200);
  return view;
}
