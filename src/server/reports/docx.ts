import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CHANNELS, COMPLAINT_SCOPES, TICKET_TYPES } from '../../shared/tickets';
import { MAJOR_CASE_KINDS, type MajorCase, type QuarterNotes } from '../../shared/reports';
import { changeWords } from '../../domain/reports/due';
import { topChannel, topTypes, type QuarterFigures } from './quarterly';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const BODY = 24; // 小四
const TITLE = 32; // 三号
const run = (text: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: opts.size ?? BODY, bold: opts.bold });
const para = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [run(text)] });
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [run(text, { bold: true, size: 28 })] });
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(head: string[], rows: Array<Array<string | number>>): Table {
  const cell = (v: string | number, bold = false) => new TableCell({ children: [new Paragraph({ children: [run(String(v), { bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
  });
}

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

/**
 * The paragraph on kept promises: referrals accepted within 3 days, failed referrals, the green
 * channel's 「五个当天」.
 * @example promiseWords(q) // '分流交办 4 件次，3 日内受理 2 件次（按时受理率 66.7%）…'
 */
export function promiseWords(q: Pick<QuarterFigures, 'referrals' | 'failedReferrals' | 'greenChannel'>): string {
  const r = q.referrals;
  const f = q.failedReferrals;
  const g = q.greenChannel;
  return `分流交办 ${r.referred} 件次，3 日内受理 ${r.acceptedOnTime} 件次（按时受理率 ${pct(r.rate)}），超期受理 ${r.acceptedLate} 件次，超期未答复 ${r.unansweredLate} 件次；` +
    `交办失败 ${f.total} 件次（不予受理 ${f.declined}、超过交办时限 ${f.overdue}、引导通过其他途径解决 ${f.closedWithGuidance}）。` +
    `绿色通道申请 ${g.applied} 件，「五个当天」办结 ${g.sameDay} 件、未当天办结 ${g.late} 件（当天办结率 ${pct(g.rate)}）。`;
}

/**
 * The quarterly analysis report as a Word document the director edits and sends to the leader
 * in charge: 一、基本情况 (figures and trend), 二、需求类型和特点, 三、重大复杂案件,
 * 四、存在问题及整改, 五、分析与建议 (the director's own text).
 *
 * @example const bytes = await quarterlyDocx(figures, cases, notes, '2026-12-03'); // Buffer 'PK…'
 */
export async function quarterlyDocx(q: QuarterFigures, cases: MajorCase[], notes: QuarterNotes, madeOn: string): Promise<Buffer> {
  const [year, qn] = q.quarter.split('-Q');
  const title = `西山镇公共法律服务工作站${year}年第${qn}季度工作分析报告`;
  const tops = topTypes(q);
  const channel = topChannel(q);
  const doc = new Document({
    creator: '西山镇公共法律服务工作站',
    title,
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(title, { bold: true, size: TITLE })] }),
        heading('一、基本情况'),
        para(`本季度共受理群众来访来电及线上诉求 ${q.total} 件，较上季度（${q.previous.quarter}）${changeWords(q.previous.change)}。` +
          `已办结 ${q.onTime.closed} 件，其中按时办结 ${q.onTime.onTime} 件、超时 ${q.onTime.late} 件，按时办结率 ${pct(q.onTime.rate)}。`),
        para(promiseWords(q)),
        table(['项目', ...q.months.map((m) => m.month), '合计'], [
          ['受理总数', ...q.months.map((m) => m.total), q.total],
          ...Object.entries(TICKET_TYPES).map(([k, label]) => [label, ...q.months.map((m) => m.byType[k] ?? 0), q.byType[k] ?? 0]),
          ['法律援助申请', ...q.months.map((m) => m.legalAid.applied), q.legalAid.applied],
          ['上门服务申请', ...q.months.map((m) => m.homeVisits), q.homeVisits],
          ['已回访', ...q.months.map((m) => m.callbacks.done), q.callbacks.done],
          ['分流交办（件次）', ...q.months.map((m) => m.referrals.referred), q.referrals.referred],
          ['3 日内受理', ...q.months.map((m) => m.referrals.acceptedOnTime), q.referrals.acceptedOnTime],
          ['交办失败', ...q.months.map((m) => m.failedReferrals.total), q.failedReferrals.total],
          ['绿色通道申请', ...q.months.map((m) => m.greenChannel.applied), q.greenChannel.applied],
          ['「五个当天」办结', ...q.months.map((m) => m.greenChannel.sameDay), q.greenChannel.sameDay],
        ]),
        heading('二、需求类型和特点'),
        para(tops.length
          ? `群众需求主要集中在${tops.map((t) => `${t.label}（${t.count} 件，占 ${pct(t.share)}）`).join('、')}；${channel ? `以${channel}为主要方式。` : ''}`
          : '本季度没有受理事项。'),
        table(['方式', '件数'], Object.entries(CHANNELS).map(([k, label]) => [label, q.byChannel[k] ?? 0])),
        para(`服务评价：满意 ${q.ratings.satisfied} 件、基本满意 ${q.ratings.basic} 件、不满意 ${q.ratings.unsatisfied} 件；投诉 ${q.byType.complaint ?? 0} 件，其中重大投诉 ${q.majorComplaints} 件。` +
          `法律援助申请 ${q.legalAid.applied} 件，给予援助 ${q.legalAid.granted} 件、不予援助 ${q.legalAid.denied} 件、终止 ${q.legalAid.terminated} 件。`),
        table(['投诉范围', '件数'], Object.entries(COMPLAINT_SCOPES).map(([k, label]) => [label, q.complaintsByScope[k] ?? 0])),
        heading('三、重大复杂案件'),
        cases.length
          ? table(['类别', '日期', '事项', '情况', '经办人', '状态'], cases.map((c) => [MAJOR_CASE_KINDS[c.kind], c.date, c.category, c.summary, c.handler, c.status]))
          : para('本季度没有重大投诉、不予或终止法律援助、交办失败、超时办理的事项。'),
        heading('四、存在问题及整改情况'),
        notes.items.length
          ? table(['整改事项', '责任人', '完成时限', '是否完成'], notes.items.map((i) => [i.item, i.owner, i.dueDate, i.done ? '已完成' : '未完成']))
          : para('（站长尚未填写整改事项）'),
        heading('五、分析与建议'),
        ...(notes.analysis ? notes.analysis.split('\n').map(para) : [para('（站长尚未填写分析意见）')]),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run('西山镇公共法律服务工作站')] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(madeOn)] }),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
