import type ExcelJS from 'exceljs';
import { REQUIRED_GROUP_HOURS, STUDY_KIND_LABELS } from '../../../domain/people';
import { STUDY_REVIEW_LABELS, STUDY_WRITING_LABELS, type PersonRegister, type StudyRegister } from '../../../shared/people';

const HEAD = { bold: true } as const;

function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[\\/*?:[\]]/g, '').slice(0, 28) || '人员';
  let n = base;
  for (let i = 2; used.has(n); i += 1) n = `${base}${i}`;
  used.add(n);
  return n;
}

function personSheet(wb: ExcelJS.Workbook, year: number, p: PersonRegister, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 14 }, { width: 16 }, { width: 48 }, { width: 10 }];
  ws.addRow([`${year}年 学习登记 — ${p.name}`]).font = { bold: true, size: 14 };
  ws.addRow(['个人学习计划', p.plan ?? '（未填写）']);
  ws.addRow([]);
  ws.addRow(['日期', '类别', '内容', '学时']).font = HEAD;
  for (const r of p.records) ws.addRow([r.date, STUDY_KIND_LABELS[r.kind], r.topic, r.hours]);
  const group = p.totals.group + p.totals.central;
  ws.addRow(['合计', '集中学习（含集中业务培训）', `应不少于 ${REQUIRED_GROUP_HOURS} 学时${group >= REQUIRED_GROUP_HOURS ? '，已达到' : '，未达到'}`, group]).font = HEAD;
  ws.addRow(['', '自学', '', p.totals.self]);
  ws.addRow([]);
  ws.addRow(['日期', '学习笔记 / 调研文章', '题目', '']).font = HEAD;
  for (const w of p.writings) ws.addRow([w.date, STUDY_WRITING_LABELS[w.kind], w.title]);
  ws.addRow([]);
  ws.addRow(['日期', '检查 / 表扬 / 批评', '内容', '记录人']).font = HEAD;
  for (const r of p.reviews) ws.addRow([r.date, STUDY_REVIEW_LABELS[r.kind], r.text, r.by]);
}

/**
 * The yearly study register as an .xlsx workbook: a station summary sheet when the register
 * covers the station, then one sheet per person; answered as a file name and base64 bytes.
 * @example await registerXlsx(register) // { filename: '学习登记-2026.xlsx', base64: 'UEsDB…' }
 */
export async function registerXlsx(reg: StudyRegister): Promise<{ filename: string; base64: string }> {
  // loaded on first use: exceljs is most of this function's bundle, and a cold start should not pay for it
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = '西山镇公共法律服务工作站';
  const used = new Set<string>();
  if (reg.sessions) {
    const ws = wb.addWorksheet(sheetName('工作站汇总', used));
    ws.columns = [{ width: 16 }, { width: 18 }, { width: 12 }, { width: 16 }, { width: 12 }, { width: 12 }];
    ws.addRow([`${reg.year}年 工作站学习登记`]).font = { bold: true, size: 14 };
    ws.addRow(['集中业务培训', reg.centralHeld ? '本年度已举办' : '本年度尚未举办']);
    ws.addRow([]);
    ws.addRow(['姓名', '集中学习学时（含培训）', '自学学时', '集中业务培训学时', '应达学时', '是否达标']).font = HEAD;
    for (const p of reg.people) {
      const group = p.totals.group + p.totals.central;
      ws.addRow([p.name, group, p.totals.self, p.totals.central, REQUIRED_GROUP_HOURS, group >= REQUIRED_GROUP_HOURS ? '达标' : '未达标']);
    }
    ws.addRow([]);
    ws.addRow(['工作站部署：日期', '学习主题', '说明']).font = HEAD;
    for (const a of reg.arrangements ?? []) ws.addRow([a.date, a.topic, a.note ?? '']);
    ws.addRow([]);
    ws.addRow(['集中学习：日期', '主题', '学时', '出席', '缺席（事由）', '组织人']).font = HEAD;
    for (const s of reg.sessions) {
      ws.addRow([s.date, `${STUDY_KIND_LABELS[s.kind]}：${s.topic}`, s.hours, s.attendees.map((a) => a.name).join('、'), s.absentees.map((a) => `${a.name}（${a.reason}）`).join('、'), s.organiser]);
    }
  }
  for (const p of reg.people) personSheet(wb, reg.year, p, sheetName(p.name, used));
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const who = reg.sessions ? '工作站' : reg.people[0]?.name ?? '';
  return { filename: `学习登记-${reg.year}-${who}.xlsx`, base64: bytes.toString('base64') };
}
