import { AppError } from '../core/errors';
import type { Actor } from '../ports/identity';

/**
 * The name a change is signed with ("last updated by"): only staff publish.
 *
 * @example
 * staffName({ kind: 'staff', openid: 'demo-admin', staffId: 's1', name: '示例·赵某', roles: ['admin'] }) // '示例·赵某'
 */
export function staffName(actor: Actor): string {
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', '您没有权限进行这项操作');
  return actor.name;
}
