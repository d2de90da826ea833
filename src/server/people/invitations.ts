import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../core/errors';
import type { Ctx } from '../core/define';
import type { Actor, Role } from '../ports/identity';
import { appendAudit, auditEvent } from '../content/audit';
import { asStaff, openidOf } from '../tickets/caller';
import {
  acceptRefusal, checkRoleSet, codeFromBytes, invitationExpiry, invitationState, isCode, isProblem, JOIN_PAGE, joinPath, normalizeCode,
} from '../../domain/people';
import { localQrCode } from '../ports/mini-program-code';
import type { BadgeDraft, InvitationView, StaffAccount } from '../../shared/people';
import type { AccountDoc, InvitationDoc, PeopleRequestDoc } from './docs';
import { accountView } from './docs';
import { bumpRoster, readRoster } from './roster';
import { publishBadge } from './badge';

const inviteId = (code: string) => `invite:${code}`;

/**
 * The staff id an OPENID gets: derived from it, so two acceptances by the same person (two
 * codes, two taps) meet on one document and cannot make two accounts.
 * @example staffIdFor('o-new') // 'staff:3b5d…' (16 hex digits)
 */
export function staffIdFor(openid: string): string {
  return `staff:${createHash('sha256').update(openid).digest('hex').slice(0, 16)}`;
}

/**
 * The image to scan for an invitation: the stored 小程序码 if there is one, else a new one from
 * the runtime's {@link MiniProgramCode} (WeChat in the cloud, stored on the invitation; the local
 * QR of the path when embedded), or undefined when none could be made now.
 * @example await codeImageOf(ctx, doc) // 'cloud://env.xxx/invitations/K7M2Q9TX.png' | 'data:image/png;base64,…'
 */
export async function codeImageOf(ctx: Ctx, doc: InvitationDoc): Promise<string | undefined> {
  if (doc.codeImage) return doc.codeImage;
  const port = ctx.miniProgramCode ?? localQrCode;
  const image = await port.imageFor({ scene: doc.code, page: JOIN_PAGE });
  if (!image) return undefined;
  if (port.stored) await ctx.store.update('invitations', doc._id, { codeImage: image });
  return image;
}

/**
 * What the admin sees of an invitation; with `qr`, the image to scan ({@link codeImageOf}).
 * @example await invitationView(ctx, doc, true) // { code, path: 'packages/people/pages/join/index?code=…', qrDataUrl: 'cloud://…' }
 */
export async function invitationView(ctx: Ctx, doc: InvitationDoc, qr = false): Promise<InvitationView> {
  const now = ctx.now;
  const path = joinPath(doc.code);
  const view: InvitationView = {
    code: doc.code, name: doc.name, roles: doc.roles, unitIds: doc.unitIds, createdAt: doc.createdAt, expiresAt: doc.expiresAt,
    state: invitationState(doc, now), path, invitedBy: doc.createdBy.name,
  };
  if (doc.usedBy) view.usedBy = { staffId: doc.usedBy.staffId, name: doc.usedBy.name };
  if (qr) {
    const image = await codeImageOf(ctx, doc);
    if (image) view.qrDataUrl = image;
  }
  return view;
}

/** The admin's choice of roles as stored, or VALIDATION naming the field. */
function roleSetOrThrow(roles: Role[], unitIds: string[]): { roles: Role[]; unitIds: string[] } {
  const checked = checkRoleSet(roles, unitIds);
  if (isProblem(checked)) throw new AppError('VALIDATION', checked.message, checked.field);
  return checked;
}

/**
 * `invite`: a one-time code for `name` with exactly the roles chosen, valid 72 hours, audited.
 * A retry with the same requestId answers the same invitation (a double tap makes one code).
 * @example await invite(ctx, { name: '王某', roles: ['staff'], requestId: 'r-12345678' }) // { invitation: { code: 'K7M2…', expiresAt } }
 */
export async function invite(
  ctx: Ctx, input: { name: string; roles: Role[]; unitIds?: string[]; badge?: BadgeDraft; requestId?: string },
): Promise<{ invitation: InvitationView }> {
  const admin = asStaff(ctx.actor);
  const { roles, unitIds } = roleSetOrThrow(input.roles, input.unitIds ?? []);
  const requestKey = input.requestId ? `invite:${admin.staffId}:${input.requestId}` : null;
  if (requestKey) {
    const done = await ctx.store.get<PeopleRequestDoc>('peopleRequests', requestKey);
    const doc = done && (await ctx.store.get<InvitationDoc>('invitations', inviteId(done.result)));
    if (doc) return { invitation: await invitationView(ctx, doc, true) };
  }
  const code = codeFromBytes(randomBytes(8));
  const doc: InvitationDoc = {
    _id: inviteId(code), code, name: input.name, roles, unitIds, badge: input.badge ?? null,
    createdAt: ctx.now, expiresAt: invitationExpiry(ctx.now), createdBy: { staffId: admin.staffId, name: admin.name },
    usedAt: null, usedBy: null, revokedAt: null,
  };
  const saved = await ctx.store.transaction(async (tx) => {
    if (requestKey) {
      const done = await tx.get<PeopleRequestDoc>('peopleRequests', requestKey);
      if (done) return (await tx.get<InvitationDoc>('invitations', inviteId(done.result)))!;
      await tx.create('peopleRequests', { _id: requestKey, result: code, at: ctx.now });
    }
    await tx.create('invitations', doc);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `invitation:${code}`, action: 'people.invite', to: { name: doc.name, roles, unitIds, expiresAt: doc.expiresAt } }));
    return doc;
  });
  return { invitation: await invitationView(ctx, saved, true) };
}

/**
 * `invitations`: every invitation, newest first, with its state now.
 * @example await listInvitations(ctx) // { items: [{ code, state: 'open', … }] }
 */
export async function listInvitations(ctx: Ctx): Promise<{ items: InvitationView[] }> {
  const docs = await ctx.store.find<InvitationDoc>('invitations', { orderBy: [['createdAt', 'desc']], limit: 200 });
  return { items: await Promise.all(docs.map((d) => invitationView(ctx, d, invitationState(d, ctx.now) === 'open'))) };
}

/** The stored invitation for a typed code, or NOT_FOUND in words the invited person understands. */
async function loadInvitation(ctx: Ctx, typed: string): Promise<InvitationDoc> {
  const code = normalizeCode(typed);
  const doc = isCode(code) ? await ctx.store.get<InvitationDoc>('invitations', inviteId(code)) : null;
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这个邀请码，请核对后重新输入（8 位字母和数字）', 'code');
  return doc;
}

/**
 * `revokeInvitation`: an open invitation can no longer be accepted; audited.
 * @example await revokeInvitation(ctx, { code: 'K7M2…' }) // { invitation: { state: 'revoked' } }
 */
export async function revokeInvitation(ctx: Ctx, input: { code: string }): Promise<{ invitation: InvitationView }> {
  const found = await loadInvitation(ctx, input.code);
  const doc = await ctx.store.transaction(async (tx) => {
    const current = (await tx.get<InvitationDoc>('invitations', found._id))!;
    const state = invitationState(current, ctx.now);
    if (state !== 'open') throw new AppError('CONFLICT', `这个邀请${state === 'used' ? '已被接受' : state === 'expired' ? '已过期' : '已撤销'}，不需要撤销`, 'code');
    await tx.update('invitations', current._id, { revokedAt: ctx.now });
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `invitation:${current.code}`, action: 'people.revokeInvitation', from: { state }, to: { state: 'revoked' } }));
    return { ...current, revokedAt: ctx.now };
  });
  return { invitation: await invitationView(ctx, doc) };
}

/** The new account as the accepting person: the actor its badge is published under. */
function actorOf(doc: AccountDoc): Actor {
  return { kind: 'staff', openid: doc.openid, staffId: doc._id, name: doc.name, roles: doc.roles, ...(doc.unitIds?.length ? { unitIds: doc.unitIds } : {}) };
}

/**
 * `acceptInvitation`: binds the caller's OPENID (from the platform, never the payload) to a new
 * staff account with exactly the invitation's roles; the invitation is used up in the same
 * transaction, so two taps or two people racing make one account. A person who left and is
 * invited again gets their old account back with the new roles. Used / expired / revoked →
 * CONFLICT with a clear message; someone already active on the staff → CONFLICT.
 * @example await acceptInvitation(ctx, { code: 'K7M2…' }) // { staff: { staffId, name: '王某', roles: ['staff'] } }
 */
export async function acceptInvitation(ctx: Ctx, input: { code: string }): Promise<{ staff: StaffAccount }> {
  const openid = openidOf(ctx.actor);
  const found = await loadInvitation(ctx, input.code);
  const refusal = acceptRefusal(invitationState(found, ctx.now));
  if (refusal) throw new AppError('CONFLICT', refusal, 'code');
  const roster = await readRoster(ctx.store);
  const mine = roster.accounts.filter((a) => a.openid === openid);
  if (mine.some((a) => a.active)) throw new AppError('CONFLICT', '您已经是工作站的工作人员了，不需要再接受邀请', 'code');
  const staffId = mine[0]?._id ?? staffIdFor(openid);
  const order = Math.max(0, ...roster.accounts.map((a) => a.order ?? 0)) + 1;
  const account = await ctx.store.transaction(async (tx) => {
    const inv = (await tx.get<InvitationDoc>('invitations', found._id))!;
    const why = acceptRefusal(invitationState(inv, ctx.now));
    if (why) throw new AppError('CONFLICT', why, 'code');
    await bumpRoster(tx, ctx.now);
    const before = await tx.get<AccountDoc>('staff', staffId);
    const doc: AccountDoc = {
      ...(before ?? { order }), _id: staffId, openid, name: inv.name, roles: inv.roles, active: true,
      createdAt: before?.createdAt ?? ctx.now, invitation: inv.code,
      ...(inv.unitIds.length ? { unitIds: inv.unitIds } : {}),
    } as AccountDoc;
    if (!inv.unitIds.length) delete doc.unitIds;
    await tx.put('staff', doc);
    await tx.update('invitations', inv._id, { usedAt: ctx.now, usedBy: { staffId, name: inv.name, openid } });
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: staffId, action: 'people.acceptInvitation',
      from: before ? { active: before.active, roles: before.roles } : undefined, to: { roles: inv.roles, unitIds: inv.unitIds }, why: `邀请码 ${inv.code}（${inv.createdBy.name} 邀请）`,
    }));
    return doc;
  });
  let shown = false;
  const draft = found.badge;
  if (draft && !account.badgeKey) {
    const key = await publishBadge({ store: ctx.store, actor: actorOf(account), now: ctx.now }, account.name, draft);
    await ctx.store.update('staff', account._id, { badgeKey: key });
    account.badgeKey = key;
    shown = true;
  } else if (account.badgeKey) {
    shown = !!(await ctx.store.get('content', account.badgeKey));
  }
  return { staff: accountView(account, shown) };
}
