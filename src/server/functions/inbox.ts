import { z } from 'zod';
import { action, defineFunction } from '../core/define';
import { AppError } from '../core/errors';
import { closedObject } from '../content/schema-kit';
import { listInbox } from '../inbox/list';
import { markRead } from '../inbox/mark-read';
import { recordConsent } from '../inbox/record-consent';
import type { Actor } from '../ports/identity';

/** The openid of a signed-in person (the `person` access level guarantees one). */
function openidOf(actor: Actor): string {
  if (actor.kind === 'resident' || actor.kind === 'staff') return actor.openid;
  throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
}

/**
 * `inbox` (any signed-in person, own items only):
 * - `list` → `{ items }`: staff by due time, overdue first; residents newest first;
 * - `markRead` { id } → `{ id, readAt }`; another person's id is NOT_FOUND;
 * - `recordConsent` { templateIds } → `{ counts }` after `requestSubscribeMessage` said 'accept'.
 * - `templates` → `{ templates }`: purpose → subscribe template id, what the mini-program asks
 *   `requestSubscribeMessage` for.
 *
 * @example
 * await invoke(inbox, { action: 'markRead', id: 'clock:…' }, { openid: 'demo-staff' }, runtime)
 */
export const inbox = defineFunction('inbox', {
  list: action({
    access: 'person',
    input: closedObject({}),
    run: async (ctx) => ({ items: await listInbox(ctx.store, ctx.actor, ctx.now) }),
  }),
  markRead: action({
    access: 'person',
    input: closedObject({ id: z.string().min(1).max(300).describe('消息') }),
    run: (ctx, input) => markRead(ctx.store, ctx.actor, input.id, ctx.now),
  }),
  recordConsent: action({
    access: 'person',
    input: closedObject({
      templateIds: z.array(z.string().min(1).max(100).describe('订阅消息模板')).min(1).max(10).describe('订阅消息模板'),
    }),
    run: (ctx, input) => recordConsent(ctx.store, openidOf(ctx.actor), input.templateIds, ctx.templates, ctx.now),
  }),
  templates: action({
    access: 'person',
    input: closedObject({}),
    run: async (ctx) => ({ templates: { ...ctx.templates } }),
  }),
});
