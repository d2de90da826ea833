import { Text, View } from '@tarojs/components';
import { RATING_SOURCES, type RatingsTableRow } from '../../../../../shared/ratings';
import { heading } from '../../../../../ui/a11y';
import { ratePercent } from './percent';

/** How many of a row's ratings were 本人登记 (tables stored before issue 9 have none). */
const selfCount = (r: RatingsTableRow) => (r.selfRecorded ? r.selfRecorded.satisfied + r.selfRecorded.basic + r.selfRecorded.unsatisfied : 0);

/** The numbers of one row (one staff member × one type, or the totals), as labelled lines. */
export function RowCells({ r }: { r: RatingsTableRow }) {
  const sources = (['miniProgram', 'windowDevice', 'phone'] as const).map((s) => `${RATING_SOURCES[s]} ${r.bySource[s]}`).join(' · ');
  return (
    <View>
      <Text className='book-row__cell'>办结 {r.completed} 件：满意 {r.ratings.satisfied} · 基本满意 {r.ratings.basic} · 不满意 {r.ratings.unsatisfied} · 未评价 {r.unrated}</Text>
      {selfCount(r) > 0 ? (
        <Text className='book-row__cell'>
          本人登记 {selfCount(r)} 件（满意 {r.selfRecorded.satisfied} · 基本满意 {r.selfRecorded.basic} · 不满意 {r.selfRecorded.unsatisfied}），经办人自己登记，未计入上面的满意度
        </Text>
      ) : null}
      <Text className='book-row__cell muted'>评价来源：{sources}</Text>
      <Text className='book-row__cell'>回访：应回访 {r.callbacks.due} · 已回访 {r.callbacks.done} · 超期 {r.callbacks.overdue}{r.callbacks.overdue ? ' ⚠' : ''}</Text>
      <Text className='book-row__cell'>必须回访 {r.mandatory.done}/{r.mandatory.due}，回访率 {ratePercent(r.mandatory.rate)}</Text>
      <Text className='book-row__cell'>抽访 {r.sample.drawn}/{r.sample.eligible}（抽访率 {ratePercent(r.sample.rate)}），已回访 {r.sample.done}</Text>
    </View>
  );
}

/**
 * The table per staff member, then per type under each (rule 十二(八)).
 * @example <TableRows rows={table.rows} />
 */
export function TableRows({ rows }: { rows: RatingsTableRow[] }) {
  const staff = [...new Map(rows.map((r) => [r.staffId, r.staffName])).entries()];
  return (
    <View>
      {staff.map(([id, name]) => (
        <View key={id} className='card ct-staff'>
          <Text className='h2' {...heading(2)}>{name}</Text>
          <View role='list'>
            {rows.filter((r) => r.staffId === id).map((r) => (
              <View key={r.typeKey} className='book-row' role='listitem' aria-label={`${name}，${r.typeLabel}`}>
                <Text className='book-row__cell strong'>{r.typeLabel}</Text>
                <RowCells r={r} />
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
