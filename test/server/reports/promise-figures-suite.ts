import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { invoke } from '../../../src/server/core/invoke';
import { reports } from '../../../src/server/functions/reports';
import { referrals } from '../../../src/server/functions/referrals';
import type { FunctionDef, Runtime } from '../../../src/server/core/define';
import type { FnResult } from '../../../src/server/core/result';
import type { PlatformIdentity } from '../../../src/server/ports/identity';
import { fixedClock } from '../../../src/server/ports/clock';
import { runClockPass } from '../../../src/server/scheduler/clock-pass';
import { takeFile } from '../../../src/server/reports/files';
import { as } from '../../support/runtime';
import { askOnline, call as callTickets, data, rid } from '../tickets/helpers';
import { apply, greenApply, makeFixture, ordinaryApply, who } from '../legal-aid/fixture';

type Make = () => Promise<{ runtime: Runtime; cleanup: () => unknown }>;

const at = (iso: string) => Date.parse(`${iso}+08:00`);

/**
 * Issue 14 §3 on one store: referrals accepted within 3 days, failed referrals, and the green
 * channel's 「五个当天」, made through the real referral and legal-aid actions and counted from
 * the stored clocks — in the month's figures and the quarter's Word and Excel reports.
 */
export function describePromiseFigures(name: string, make: Make): void {
  describe(`kept promises in the reports on ${name}`, () => {
    let runtime: Runtime;
    let cleanup: () => unknown;
    beforeEach(async () => {
      ({ runtime, cleanup } = await make());
    });
    afterEach(() => cleanup());

    const when = (iso: string): Runtime => ({ ...runtime, clock: fixedClock(at(iso)) });
    const call = (fn: FunctionDef, iso: string, action: string, payload: Record<string, unknown>, person: PlatformIdentity): Promise<FnResult> =>
      invoke(fn, { action, ...payload }, person, when(iso));

    /** A resident's online question, accepted and referred on 2026-11-26 to `units`. */
    async function referral(units: Array<{ unitId: string; lead: boolean }>): Promise<string> {
      const t = await askOnline(when('2026-11-26T10:00:00') as never);
      data(await callTickets(when('2026-11-26T10:01:00') as never, 'accept', { id: t.id }, as.staff));
      const res = await call(referrals, '2026-11-26T10:02:00', 'refer', {
        requestId: rid(), ticketId: t.id, units, content: '请核实宅基地纠纷并组织调处', dueDate: '2026-12-10', requirements: '依法调处，结果书面反馈',
      }, as.staff);
      return data(res).referral.id;
    }
    const answer = (iso: string, id: string, unitId: string, accept: boolean) =>
      call(referrals, iso, 'answer', { id, unitId, accept, ...(accept ? {} : { reason: '不属于本单位管辖，建议向县法院反映' }) }, as.staff);

    async function seedReferrals() {
      const both = [{ unitId: 'unit:court', lead: true }, { unitId: 'unit:police-station', lead: false }];
      const a = await referral(both);
      data(await answer('2026-11-27T09:00:00', a, 'unit:court', true)); // within 3 days
      data(await answer('2026-11-27T09:30:00', a, 'unit:police-station', false)); // declined, in time
      const b = await referral(both);
      await runClockPass(runtime.store, at('2026-11-30T17:05:00')); // the court never answers B
      data(await answer('2026-12-01T10:00:00', b, 'unit:police-station', true)); // accepted, late
      const c = await referral([{ unitId: 'unit:court', lead: true }]);
      data(await call(referrals, '2026-11-27T11:00:00', 'closeWithGuidance', { id: c, guidance: '可向县人民法院提起诉讼' }, as.director));
      await runClockPass(runtime.store, at('2026-12-10T17:05:00')); // A's and B's time limits run out
    }

    async function seedGreenChannel() {
      const f = await makeFixture(runtime.store, at('2026-11-26T10:00:00'));
      const step = async (iso: string, action: string, payload: Record<string, unknown>, person: PlatformIdentity) => {
        f.setNow(at(iso));
        return data(await f.call(action, payload, person));
      };
      const done = await apply(f);
      const late = await apply(f, greenApply());
      await apply(f, greenApply()); // left open past the day
      await apply(f, ordinaryApply());
      for (const id of [done.id, late.id]) {
        await step('2026-11-26T10:20', 'accept', { id }, who.staff);
        await step('2026-11-26T11:00', 'decide', { id, grant: true }, who.director);
        await step('2026-11-26T11:10', 'assign', { id, workerId: 'law_lawyer' }, who.director);
      }
      await step('2026-11-26T14:00', 'recordProgress', { id: done.id, kind: 'contact', text: '电话联系陈大爷，约定明天上门' }, who.lawyer);
      await runClockPass(runtime.store, at('2026-11-26T17:05:00'));
      await step('2026-11-27T09:00', 'recordProgress', { id: late.id, kind: 'contact', text: '电话联系陈大爷' }, who.lawyer);
    }

    it('counts referrals accepted within 3 days, late, declined and unanswered, and the failed ones, from the stored clocks', async () => {
      await seedReferrals();
      const f = data(await call(reports, '2026-12-11T09:00:00', 'monthly', { month: '2026-11' }, as.director));
      expect(f.referrals).toEqual({ referred: 5, acceptedOnTime: 1, acceptedLate: 1, declined: 1, unansweredLate: 1, rate: 25 });
      expect(f.failedReferrals).toEqual({ declined: 1, overdue: 2, closedWithGuidance: 1, total: 4 });
      const october = data(await call(reports, '2026-12-11T09:00:00', 'monthly', { month: '2026-10' }, as.director));
      expect(october.referrals).toMatchObject({ referred: 0, rate: null }); // counted in the month the referral was made
      const stored = await runtime.store.find<any>('clocks', { where: { subjectType: 'referral' }, limit: 100 });
      const answers = stored.filter((c) => c.purpose.startsWith('referral.answer.'));
      expect(answers).toHaveLength(f.referrals.referred);
      expect(answers.filter((c) => c.stopReason === '已受理' && c.stoppedAt <= c.dueAt)).toHaveLength(f.referrals.acceptedOnTime);
    });

    it('counts the green channel\'s 「五个当天」 kept, and not kept', async () => {
      await seedGreenChannel();
      const f = data(await call(reports, '2026-11-27T10:00:00', 'monthly', { month: '2026-11' }, as.director));
      expect(f.greenChannel).toEqual({ applied: 3, sameDay: 1, late: 2, rate: 33.3 });
      const aid = await runtime.store.find<any>('legalAidApplications', { where: { greenChannel: true }, limit: 10 });
      expect(aid).toHaveLength(f.greenChannel.applied);
    });

    it('lists the failed referrals among the quarter\'s major and complex cases in Word and Excel, with the rates', async () => {
      await seedReferrals();
      await seedGreenChannel();
      const docx = data(await call(reports, '2027-01-05T09:00:00', 'quarterlyReport', { quarter: '2026-Q4', format: 'docx' }, as.director));
      const bytes = (await takeFile(runtime.store, docx.file.id, { staffId: 'staff:demo-director', name: '站长' }, at('2027-01-05T09:01:00'))).bytes;
      const text = (await mammoth.extractRawText({ buffer: bytes })).value;
      expect(text).toContain('分流交办 5 件次，3 日内受理 1 件次（按时受理率 25%）');
      expect(text).toContain('交办失败 4 件次（不予受理 1、超过交办时限 2、引导通过其他途径解决 1）');
      expect(text).toContain('绿色通道申请 3 件，「五个当天」办结 1 件、未当天办结 2 件（当天办结率 33.3%）');
      expect(text).toContain('承办单位不予受理：西山派出所（示例）');
      expect(text).toContain('不属于本单位管辖');
      expect(text).not.toContain('分流交办尚未上线');
      const xlsx = data(await call(reports, '2027-01-05T09:00:00', 'quarterlyReport', { quarter: '2026-Q4', format: 'xlsx' }, as.director));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await takeFile(runtime.store, xlsx.file.id, { staffId: 'staff:demo-director', name: '站长' }, at('2027-01-05T09:01:00'))).bytes as any);
      const rows: unknown[][] = [];
      wb.getWorksheet('重大复杂案件')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      const kinds = rows.filter((r) => String(r[0]).startsWith('交办')).map((r) => r[0]);
      expect(kinds.sort()).toEqual(['交办未果（引导其他途径）', '交办被拒（不予受理）', '交办超期', '交办超期'].sort());
      const summary: unknown[][] = [];
      wb.getWorksheet('季度汇总')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1)));
      expect(summary.find((r) => r[0] === '3 日内受理')).toEqual(['3 日内受理', 0, 1, 0, 1]);
      expect(summary.find((r) => r[0] === '「五个当天」办结')).toEqual(['「五个当天」办结', 0, 1, 0, 1]);
      expect(rows.filter((r) => r[2] === '分流交办').every((r) => String(r[3]).includes('宅基地'))).toBe(true);
    });
  });
}
