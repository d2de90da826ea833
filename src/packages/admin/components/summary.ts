/** Chinese names of the content fields, for the history view. */
const LABELS: Record<string, string> = {
  name: '名称', address: '地址', phones: '电话', label: '名称', number: '号码', extendedService: '延时服务',
  complaintChannels: '投诉渠道', channel: '渠道', detail: '说明', items: '条目', title: '标题', body: '内容',
  summary: '简介', steps: '办理步骤', timeLimit: '办理时限', materials: '材料清单', whereToGo: '去哪里办',
  basis: '依据', post: '职务', duty: '工作岗位', scope: '业务范围', complaintHow: '投诉方式', from: '开始日期', to: '结束日期',
};

/**
 * A version's data as readable lines, for comparing versions on a phone.
 * @example summaryLines({ name: '张三', post: '主任' }) // ['名称：张三', '职务：主任']
 */
export function summaryLines(data: unknown, prefix = ''): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object') return [`${prefix}${String(data)}`];
  if (Array.isArray(data)) {
    if (data.every((x) => typeof x !== 'object')) return [`${prefix}${data.join('；')}`];
    return data.flatMap((x, i) => summaryLines(x, `${prefix}${i + 1}. `));
  }
  return Object.entries(data).flatMap(([k, v]) => summaryLines(v, `${prefix}${LABELS[k] ?? k}：`));
}
