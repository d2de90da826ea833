import type { Ctx } from '../core/define';
import { AppError } from '../core/errors';
import { MAX_PAGE } from '../ports/store';
import { appendAudit, auditEvent } from '../content/audit';
import type { LegalAidWorker, WorkerKind } from '../../shared/legal-aid';
import { newWorkerId } from './ids';
import type { WorkerDoc } from './types';

/** A worker as the roster shows it. */
export function workerView(w: WorkerDoc): LegalAidWorker {
  return { id: w._id, name: w.name, organisation: w.organisation, kind: w.kind, phone: w.phone, staffId: w.staffId, active: w.active, load: w.load };
}

/**
 * The roster of legal-aid workers (lawyers and 基层法律服务工作者), active first, the least loaded
 * first — the director picks from it when assigning.
 * @example await listRoster(ctx) // { items: [{ name: '示例·刘律师', load: 2, … }] }
 */
export async function listRoster(ctx: Ctx): Promise<{ items: LegalAidWorker[] }> {
  const docs = await ctx.store.find<WorkerDoc>('legalAidWorkers', { orderBy: [['_id', 'asc']], limit: MAX_PAGE });
  const items = docs.map(workerView).sort((a, b) => Number(b.active) - Number(a.active) || a.load - b.load || a.name.localeCompare(b.name, 'zh'));
  return { items };
}

export interface SaveWorkerInput {
  id?: string;
  name: string;
  organisation: string;
  kind: WorkerKind;
  phone: string;
  staffId?: string;
  active?: boolean;
}

/**
 * The director or admin adds or edits a worker (name, organisation, phone; optionally the staff
 * account they use, role legalAidWorker, to record their own progress). The load is counted by
 * assignments, never typed. Audited.
 *
 * @example await saveWorker(ctx, { name: '刘某', organisation: '江西某律师事务所', kind: 'lawyer', phone: '13800000000' })
 */
export async function saveWorker(ctx: Ctx, input: SaveWorkerInput): Promise<{ worker: LegalAidWorker }> {
  if (input.staffId) {
    const s = await ctx.store.get<{ _id: string; active: boolean }>('staff', input.staffId);
    if (!s || !s.active) throw new AppError('VALIDATION', '「工作人员账号」不存在或已停用', 'staffId');
  }
  return ctx.store.transaction(async (tx) => {
    const before = input.id ? await tx.get<WorkerDoc>('legalAidWorkers', input.id) : null;
    if (input.id && !before) throw new AppError('NOT_FOUND', '没有找到这位法律援助人员', 'id');
    const doc: WorkerDoc = {
      _id: before?._id ?? newWorkerId(), name: input.name, organisation: input.organisation, kind: input.kind, phone: input.phone,
      staffId: input.staffId ?? before?.staffId ?? null, active: input.active ?? before?.active ?? true, load: before?.load ?? 0, updatedAt: ctx.now,
    };
    await tx.put('legalAidWorkers', doc);
    await appendAudit(tx, auditEvent({ at: ctx.now, actor: ctx.actor, subject: `legalAidWorker:${doc._id}`, action: before ? 'legalAid.worker.update' : 'legalAid.worker.add', ...(before ? { from: workerView(before) } : {}), to: workerView(doc) }));
    return { worker: workerView(doc) };
  });
}
