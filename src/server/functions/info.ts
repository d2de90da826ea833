import { publishedOverview } from '../content/overview';
import { z } from 'zod';
import { action, defineFunction } from '../core/define';
import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';
import type { Store } from '../ports/store';
import { getItem, GUIDE_KEYS } from '../content/items';
import { closedObject } from '../content/schema-kit';

/** What the mini-program's header knows about the caller. */
export type Me =
  | { kind: 'anonymous' }
  | { kind: 'resident'; name?: string }
  | { kind: 'staff'; name: string; roles: string[] };

/**
 * Describes the caller for the mini-program: staff with name and roles, a resident with the
 * name from their profile when one exists.
 *
 * @example
 * await describeMe(store, { kind: 'anonymous' }) // { kind: 'anonymous' }
 */
export async function describeMe(store: Store, actor: Actor): Promise<Me> {
  if (actor.kind === 'staff') return { kind: 'staff', name: actor.name, roles: actor.roles };
  if (actor.kind !== 'resident') return { kind: 'anonymous' };
  const [profile] = await store.find<{ _id: string; name?: string }>('residents', { where: { openid: actor.openid }, limit: 1 });
  return profile?.name ? { kind: 'resident', name: profile.name } : { kind: 'resident' };
}

/**
 * `info`: what the station publishes (rule 四 信息公开), readable by anyone.
 * - `overview` → `{ items, calendar: { overrides, version }, serverNow }`
 * - `guide` { key } → one 一次性告知 guide
 * - `me` → `{ kind, name?, roles? }`
 *
 * @example
 * await invoke(info, { action: 'guide', key: 'guide:notary' }, { openid: null }, runtime)
 */
export const info = defineFunction('info', {
  overview: action({
    access: 'public',
    input: closedObject({}),
    async run(ctx) {
      return { ...(await publishedOverview(ctx.store)), serverNow: ctx.now };
    },
  }),
  guide: action({
    access: 'public',
    input: closedObject({ key: z.string().max(60).describe('指南') }),
    async run(ctx, input) {
      if (!(GUIDE_KEYS as readonly string[]).includes(input.key)) {
        throw new AppError('NOT_FOUND', '没有这份办事指南，请返回首页查看', 'key');
      }
      return getItem(ctx.store, input.key);
    },
  }),
  me: action({
    access: 'public',
    input: closedObject({}),
    run: (ctx) => describeMe(ctx.store, ctx.actor),
  }),
});
