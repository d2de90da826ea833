import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CHANNELS, COMPLAINT_SCOPE_SHORT, type ComplaintBookRow } from '../../../../shared/tickets';
import { a11y } from '../../../../ui/a11y';
import { majorReportUrl } from './links';
import { formatMonthDayTime } from '../../../../ui/dates';

/**
 * True for the station director and the platform admin, who keep the 投诉记录本.
 * @example mayReadBook(['staff', 'director']) // true
 */
export function mayReadBook(roles: readonly string[] = []): boolean {
  return roles.includes('director') || roles.includes('admin');
}

/**
 * The result column of the 投诉记录本 in words.
 * @example outcomeText({ closedAt: null, onTime: null }) // '办理中'
 */
export function outcomeText(row: Pick<ComplaintBookRow, 'closedAt' | 'onTime'>): string {
  if (row.closedAt === null) return '◐ 办理中';
  return row.onTime ? `✓ 按时办结（${formatMonthDayTime(row.closedAt)}）` : `⚠ 超期办结（${formatMonthDayTime(row.closedAt)}）`;
}

/**
 * One complaint in the 投诉记录本 (rule 八(五)7): received, from whom, about whom, what, every
 * handling step, the result. Laid out to print one block per complaint.
 * @example <BookRow row={row} n={1} />
 */
export function BookRow({ row, n }: { row: ComplaintBookRow; n: number }) {
  const cell = (label: string, value: string) => (value ? <Text className='book-row__cell'><Text className='strong'>{label}：</Text>{value}</Text> : null);
  if (row.withheld === 'respondent') return <WithheldRow row={row} n={n} cell={cell} />;
  return (
    <View className='book-row' role='listitem'>
      <Text className='text strong'>{n}. {formatMonthDayTime(row.receivedAt)} · {CHANNELS[row.channel]}{row.major ? ' · ‼ 重大' : ''}</Text>
      {cell('投诉人', [row.complainantName, row.complainantPhone].filter(Boolean).join(' ') || '未留')}
      {cell('被投诉人', row.respondentName || '未写明')}
      {cell('类别', COMPLAINT_SCOPE_SHORT[row.scope])}
      {cell('内容', row.content)}
      {cell('转来部门', row.transferredFrom)}
      {cell('首问责任人', row.firstResponder)}
      {cell('办理人', row.assignee)}
      {cell('答复期限', row.dueAt ? formatMonthDayTime(row.dueAt) : '')}
      {row.handling.length ? (
        <View>
          <Text className='book-row__cell strong'>处理过程：</Text>
          {row.handling.map((h, i) => <Text key={i} className='book-row__cell'>· {h}</Text>)}
        </View>
      ) : null}
      {cell('处理结果', row.result || '（尚未办结）')}
      {cell('状态', outcomeText(row))}
      {cell('回复转来部门', row.transferReply)}
      {row.major ? <Text className='link no-print' onClick={() => void Taro.navigateTo({ url: majorReportUrl(row.id) })} {...a11y(`第 ${n} 件：重大投诉报告`, 'link')}>重大投诉报告（报县局） ›</Text> : null}
    </View>
  );
}

/**
 * A complaint about the reader themselves (issue 9): it stays in the book, with who complained,
 * what they wrote and how it was handled withheld (rule 八(五)2) — the admin reads it.
 */
function WithheldRow({ row, n, cell }: { row: ComplaintBookRow; n: number; cell: (label: string, value: string) => JSX.Element | null }) {
  return (
    <View className='book-row' role='listitem'>
      <Text className='text strong'>{n}. {formatMonthDayTime(row.receivedAt)} · {CHANNELS[row.channel]}{row.major ? ' · ‼ 重大' : ''}</Text>
      <Text className='book-row__cell'>这件投诉涉及您本人。按制度八（五）2 回避：投诉人、投诉内容和处理过程不向您显示，由平台管理人员查阅。</Text>
      {cell('类别', COMPLAINT_SCOPE_SHORT[row.scope])}
      {cell('办理人', row.assignee)}
      {cell('状态', outcomeText(row))}
    </View>
  );
}
