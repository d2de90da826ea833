import { Text, View } from '@tarojs/components';
import type { RatingsTable } from '../../../../../shared/ratings';
import { heading, roleOf } from '../../../../../ui/a11y';
import { REASON_SHORT } from '../../callbacks/parts/words';
import { ratePercent } from './percent';
import { formatMonthDayTime } from '../../../../../ui/dates';

/**
 * Rule 十二(四): the mandatory callbacks of the month — 「✓ 回访率 100%」 when all are done, else the
 * rate and every one still missing (what, whose, when completed, whose matter — masked —, why,
 * due, ⚠ overdue).
 * @example <MandatoryBlock m={table.mandatory} />
 */
export function MandatoryBlock({ m }: { m: RatingsTable['mandatory'] }) {
  const head = m.due === 0
    ? '本月没有必须回访的事项（没有基本满意、不满意或重大案件）'
    : m.complete
      ? `✓ 必须回访 ${m.due} 件，已全部回访，回访率 100%`
      : `⚠ 必须回访 ${m.due} 件，已回访 ${m.done} 件，回访率 ${ratePercent(m.rate)}，还差 ${m.missingCount} 件`;
  return (
    <View className={`card ${m.complete || m.due === 0 ? 'ct-ok' : 'ct-missing'}`}>
      <Text className='h2' {...heading(2)}>必须回访（基本满意、不满意、重大案件）</Text>
      <Text className='text strong' {...roleOf('status')}>{head}</Text>
      {!m.complete && m.missing.length ? (
        <View role='list' aria-label='还没有回访的'>
          {m.missing.map((x, i) => (
            <View key={x.taskId} className='book-row' role='listitem'>
              <Text className='book-row__cell strong'>{i + 1}. {x.title} · 办理人 {x.staffName}</Text>
              <Text className='book-row__cell'>办结 {formatMonthDayTime(x.completedAt)}{x.residentName ? ` · 群众 ${x.residentName}` : ''}</Text>
              <Text className='book-row__cell'>{x.reasons.map((r) => REASON_SHORT[r]).join('、')}{x.dueAt ? ` · 期限 ${formatMonthDayTime(x.dueAt)}` : ''}{x.overdue ? ' · ⚠ 已超期' : ''}</Text>
            </View>
          ))}
          {m.missingCount > m.missing.length ? <Text className='muted'>另有 {m.missingCount - m.missing.length} 件未列出，请下载表格查看。</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
