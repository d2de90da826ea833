import type { MajorReport } from '../../../../shared/tickets';

/**
 * The report as plain text to copy into a message or a document: title, one line per field,
 * then the handling steps.
 * @example reportText({ title: '重大投诉报告', fields: [{ label: '编号', value: 'tk_1' }], handling: ['11月26日 受理'], filename: '', csv: '' })
 * // '重大投诉报告\n编号：tk_1\n处理过程：\n· 11月26日 受理'
 */
export function reportText(r: MajorReport): string {
  return [r.title, ...r.fields.map((f) => `${f.label}：${f.value}`), '处理过程：', ...(r.handling.length ? r.handling.map((h) => `· ${h}`) : ['（尚无）'])].join('\n');
}
