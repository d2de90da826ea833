import type { Ctx } from '../core/define';
import { lookupRegister } from './read';

const wall = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The 查阅登记 register (rule 九(八)) as an .xlsx workbook — 序号, 查阅时间, 查阅人, 档号, 查阅目的 —
 * answered as a file name and base64 bytes for the page to open (wx.openDocument).
 *
 * @example await lookupsXlsx(ctx, {}) // { fileName: '档案查阅登记.xlsx', base64: 'UEsDB…' }
 */
export async function lookupsXlsx(ctx: Ctx, input: { volumeId?: string }): Promise<{ fileName: string; base64: string }> {
  const items = await lookupRegister(ctx.store, input.volumeId);
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = '西山镇公共法律服务工作站';
  const ws = wb.addWorksheet('查阅登记');
  ws.columns = [{ width: 8 }, { width: 18 }, { width: 14 }, { width: 34 }, { width: 40 }];
  ws.addRow(['档案查阅登记表']).font = { bold: true, size: 14 };
  ws.addRow(['序号', '查阅时间', '查阅人', '档号', '查阅目的']).font = { bold: true };
  items.forEach((e, i) => ws.addRow([i + 1, wall(e.at), e.by, e.archiveCode, e.purpose]));
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: '档案查阅登记.xlsx', base64: buf.toString('base64') };
}
