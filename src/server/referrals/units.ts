import { createHash } from 'node:crypto';
import type { Ctx } from '../core/define';
import type { Store } from '../ports/store';
import { MAX_PAGE } from '../ports/store';
import { appendAudit, auditEvent } from '../content/audit';
import type { UnitView } from '../../shared/referrals';
import type { UnitDoc } from './types';
import type { SaveUnitInput } from './schemas';

/**
 * Sample units (marked sample: the admin replaces names and phones with the real ones). The
 * station's own windows are `window`; everyone else is `external`.
 */
type SampleUnit = Pick<UnitDoc, '_id' | 'name' | 'kind' | 'phone' | 'sample' | 'active' | 'order'>;

export const SAMPLE_UNITS: SampleUnit[] = [
  { _id: 'unit:legal-aid-centre', name: '县法律援助中心（示例）', kind: 'external', phone: '0791-00000001', sample: true, active: true, order: 1 },
  { _id: 'unit:mediation-village', name: '西山村人民调解委员会（示例）', kind: 'external', phone: '0791-00000002', sample: true, active: true, order: 2 },
  { _id: 'unit:xishan-sfs', name: '西山司法所（示例）', kind: 'external', phone: '0791-00000003', sample: true, active: true, order: 3 },
  { _id: 'unit:police-station', name: '西山派出所（示例）', kind: 'external', phone: '0791-00000004', sample: true, active: true, order: 4 },
  { _id: 'unit:court', name: '县人民法院西山法庭（示例）', kind: 'external', phone: '0791-00000005', sample: true, active: true, order: 5 },
  { _id: 'unit:notary', name: '县公证处（示例）', kind: 'external', phone: '0791-00000006', sample: true, active: true, order: 6 },
  { _id: 'unit:law-firm', name: '某律师事务所（示例）', kind: 'external', phone: '0791-00000007', sample: true, active: true, order: 7 },
  { _id: 'unit:county-bureau', name: '县司法局（示例）', kind: 'external', phone: '0791-00000008', sample: true, active: true, order: 8 },
  { _id: 'unit:county-supervision', name: '县司法局政工监察股（示例）', kind: 'external', phone: '0791-00000009', sample: true, active: true, order: 9 },
  { _id: 'unit:window-consult', name: '本站法律咨询窗口（示例）', kind: 'window', phone: '0791-83280001', sample: true, active: true, order: 10 },
  { _id: 'unit:window-mediation', name: '本站人民调解窗口（示例）', kind: 'window', phone: '0791-83280001', sample: true, active: true, order: 11 },
];

/** 县局政工监察股: where major complaints are reported (rule 八(六)). */
export const SUPERVISION_UNIT_ID = 'unit:county-supervision';

/** The sample units stamped with `now`, for the seed. @example sampleUnits(now).length // 11 */
export function sampleUnits(now: number): UnitDoc[] {
  return SAMPLE_UNITS.map((u) => ({ ...u, updatedAt: now }));
}

/** @example unitView(doc) // { id: 'unit:court', name: '…', kind: 'external', phone: '…', sample: true } */
export function unitView(u: UnitDoc): UnitView {
  return { id: u._id, name: u.name, kind: u.kind, phone: u.phone, sample: u.sample };
}

/** Active units in their order. */
export async function activeUnits(store: Store): Promise<UnitDoc[]> {
  const all = await store.find<UnitDoc>('units', { where: { active: true }, limit: MAX_PAGE });
  return all.sort((a, b) => a.order - b.order || a._id.localeCompare(b._id));
}

/** `units`: the registry as the refer sheet lists it. @example await listUnits(ctx) // { items: [...] } */
export async function listUnits(ctx: Ctx): Promise<{ items: UnitView[] }> {
  return { items: (await activeUnits(ctx.store)).map(unitView) };
}

/**
 * `saveUnit` (admin): adds a unit or changes one; the real name replaces a sample (no longer
 * sample). A repeated `requestId` for a new unit finds the same id and changes nothing twice.
 * @example await saveUnit(ctx, { name: '西山派出所', kind: 'external', phone: '0791-12345678', requestId: 'r-12345678' })
 */
export async function saveUnit(ctx: Ctx, input: SaveUnitInput): Promise<{ unit: UnitView }> {
  const id = input.id ?? `unit:${createHash('sha256').update(input.requestId).digest('hex').slice(0, 16)}`;
  return ctx.store.transaction(async (tx) => {
    const before = await tx.get<UnitDoc>('units', id);
    const order = before?.order ?? 100;
    const unit: UnitDoc = { _id: id, name: input.name, kind: input.kind, phone: input.phone, sample: false, active: true, order, updatedAt: ctx.now };
    const same = before && before.name === unit.name && before.kind === unit.kind && before.phone === unit.phone && !before.sample;
    if (same) return { unit: unitView(before) };
    await tx.put('units', unit);
    await appendAudit(tx, auditEvent({
      at: ctx.now, actor: ctx.actor, subject: id, action: before ? 'unit.update' : 'unit.create',
      from: before ? { name: before.name, kind: before.kind, phone: before.phone } : undefined, to: { name: unit.name, kind: unit.kind, phone: unit.phone },
    }));
    return { unit: unitView(unit) };
  });
}
