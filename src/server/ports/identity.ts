/**
 * Who is calling, as the platform says: CloudBase gives the caller's OPENID from the WeChat
 * context, the local gateway a signed dev session. Never read from the payload.
 */
export interface PlatformIdentity {
  /** null for an anonymous caller or a timer trigger. */
  openid: string | null;
  /** true when a timer trigger (not a person) invoked the function. */
  trigger?: boolean;
}

export type { Role } from '../../shared/roles';
import type { Role } from '../../shared/roles';

/** The caller after roles are resolved from the staff table. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system' }
  | { kind: 'resident'; openid: string }
  | {
      kind: 'staff';
      openid: string;
      staffId: string;
      name: string;
      roles: Role[];
      /** Units this person is a liaison of (role `unitLiaison`, issue 13); absent otherwise. */
      unitIds?: string[];
    };
