/**
 * The part of `@cloudbase/node-sdk`'s database API (package `@cloudbase/database` 1.4) that the
 * store uses, typed structurally: the SDK's own typings are incomplete (no `doc().create`,
 * transaction collections untyped) and this keeps bundles free of type-only coupling.
 */
import type { Doc } from '../../ports/store';

export interface SdkDocRef {
  get(): Promise<{ data: unknown }>;
  set(data: object): Promise<unknown>;
  update(data: object): Promise<{ updated?: number }>;
  remove(): Promise<unknown>;
}

export interface SdkQuery {
  where(query: object): SdkQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): SdkQuery;
  skip(offset: number): SdkQuery;
  limit(limit: number): SdkQuery;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
}

export interface SdkCollection extends SdkQuery {
  doc(id: string): SdkDocRef;
  add(data: object): Promise<unknown>;
}

/** `db.command`: query and update operators (opaque objects the SDK serializes). */
export interface SdkCommand {
  eq(v: unknown): SdkCondition;
  neq(v: unknown): SdkCondition;
  lt(v: unknown): SdkCondition;
  lte(v: unknown): SdkCondition;
  gt(v: unknown): SdkCondition;
  gte(v: unknown): SdkCondition;
  in(v: unknown[]): SdkCondition;
  and(conditions: SdkCondition[]): SdkCondition;
  set(v: unknown): object;
}

export type SdkCondition = { readonly __sdkCondition?: never };

export interface SdkTransaction {
  collection(name: string): SdkCollection;
  commit(): Promise<unknown>;
  rollback(): Promise<unknown>;
}

export interface SdkDb {
  command: SdkCommand;
  collection(name: string): SdkCollection;
  startTransaction(): Promise<SdkTransaction>;
}

/** What `tcb.init(...)` returns, as far as the store needs it. */
export interface CloudbaseApp {
  database(): unknown;
}
