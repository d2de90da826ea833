import type { FileStore } from '../ports/files';
import { z } from 'zod';
import type { Access } from './access';
import type { Actor } from '../ports/identity';
import type { Store } from '../ports/store';
import type { Clock } from '../ports/clock';
import type { SubscribeSender } from '../ports/sender';
import type { MiniProgramCode } from '../ports/mini-program-code';
import type { ReportStorage } from '../ports/report-storage';

/** What the platform hands every use case: ports, and the resolved caller. */
export interface Runtime {
  store: Store;
  clock: Clock;
  sender: SubscribeSender;
  /** Subscribe-message template ids by purpose, from configuration (env in the cloud). */
  templates: Record<string, string>;
  /** The gateway's photo store (embedded runtime only; CloudBase photos live in cloud storage). */
  files?: FileStore;
  /** The invitation code image (issue 12): WeChat's 小程序码 in the cloud; absent → the local QR of the path. */
  miniProgramCode?: MiniProgramCode;
  /** issue 14: cloud storage for generated report files (CloudBase only; absent → kept in the document, served by the gateway). */
  reportStorage?: ReportStorage;
}

export interface Ctx extends Runtime {
  actor: Actor;
  /** Epoch ms, read once per call so one call sees one instant. */
  now: number;
}

export interface ActionDef<S extends z.ZodTypeAny = z.ZodTypeAny, R = unknown> {
  access: Access;
  input: S;
  run(ctx: Ctx, input: z.infer<S>): Promise<R>;
}

/** Declares one action; exists so TypeScript infers `input` inside `run`. */
export function action<S extends z.ZodTypeAny, R>(def: ActionDef<S, R>): ActionDef<S, R> {
  return def;
}

/** A cloud function: a name and its actions. The same object runs in CloudBase and locally. */
export interface FunctionDef {
  name: string;
  actions: Record<string, ActionDef<any, any>>;
  /**
   * At most one timer (CloudBase allows one trigger per function): a 7-field CloudBase cron
   * (`sec min hour day month weekday year`, Beijing time) and the action it invokes as `system`.
   * The bundler writes it into the function's config.json; the embedded runtime runs it
   * in-process on the same schedule.
   */
  timer?: { cron: string; action: string };
}

export function defineFunction(
  name: string,
  actions: Record<string, ActionDef<any, any>>,
  timer?: FunctionDef['timer'],
): FunctionDef {
  return timer ? { name, actions, timer } : { name, actions };
}
