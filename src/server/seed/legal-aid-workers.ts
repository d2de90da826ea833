import type { WorkerDoc } from '../legal-aid/types';

/**
 * Sample roster of legal-aid workers (issue 11), marked 示例 until the director enters the real
 * lawyers and 基层法律服务工作者 the county assigns to the station. The first is linked to the demo
 * account `demo-legal-aid-worker` (seeded only outside production, as the roster itself).
 * @example sampleLegalAidWorkers(now).map((w) => w.name) // ['示例·王律师', '示例·周法律工作者']
 */
export function sampleLegalAidWorkers(now: number): WorkerDoc[] {
  return [
    { _id: 'law_sample1', name: '示例·王律师', organisation: '示例·江西某律师事务所', kind: 'lawyer', phone: '13800000001', staffId: 'staff:demo-legal-aid-worker', active: true, load: 0, updatedAt: now },
    { _id: 'law_sample2', name: '示例·周法律工作者', organisation: '示例·西山法律服务所', kind: 'grassroots', phone: '13800000002', staffId: null, active: true, load: 0, updatedAt: now },
  ];
}
